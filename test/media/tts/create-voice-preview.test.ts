import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, PermanentError } from '../../../src/errors/index.js';
import { resolveFfmpegPath } from '../../../src/media/ffmpeg/index.js';
import { createVoicePreview, EspeakTtsEngine, previewSentence } from '../../../src/media/tts/index.js';
import { runProcess } from '../../../src/process/index.js';

describe('createVoicePreview', () => {
  const engine = new EspeakTtsEngine();
  afterAll(async () => {
    await engine.close();
  });

  it('chooses a sample sentence in the voice language, English otherwise', () => {
    expect(previewSentence('de')).toMatch(/Stimme/);
    expect(previewSentence('pt-br')).toMatch(/Olá/);
    expect(previewSentence('en-gb-x-rp')).toMatch(/Hello/);
    expect(previewSentence('cmn-latn-pinyin')).toMatch(/你好/);
    expect(previewSentence('piqd')).toBe(previewSentence('en-us'));
  });

  it('returns a WAV of the sample sentence that ffmpeg decodes cleanly', async () => {
    const wav = await createVoicePreview(engine, 'espeak-de-female');
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(22050);
    const seconds = wav.readUInt32LE(40) / 2 / 22050;
    expect(seconds).toBeGreaterThan(1.5);
    expect(seconds).toBeLessThan(15);

    const folder = await mkdtemp(join(tmpdir(), 'tts-preview-'));
    try {
      const file = join(folder, 'preview.wav');
      await writeFile(file, wav);
      const result = await runProcess(resolveFfmpegPath(), ['-v', 'error', '-nostdin', '-i', file, '-f', 'null', '-'], { captureStdout: false });
      expect(result.stderr.trim()).toBe('');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('rejects an unknown voice with PermanentError and an aborted one with CancelledError', async () => {
    await expect(createVoicePreview(engine, 'espeak-zz-female')).rejects.toBeInstanceOf(PermanentError);
    await expect(createVoicePreview(engine, 'espeak-fr-male', AbortSignal.abort())).rejects.toBeInstanceOf(CancelledError);
  });
});
