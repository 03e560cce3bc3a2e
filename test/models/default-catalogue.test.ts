import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelManager, defaultCatalogue } from '../../src/models/index.js';

describe('the built-in model catalogue', () => {
  it('has unique model and voice ids, pinned sources, and well-formed checksums', () => {
    const ids = defaultCatalogue.map((model) => model.id);
    expect(new Set(ids).size).toBe(ids.length);
    const voiceIds = defaultCatalogue.flatMap((model) => model.voices.map((voice) => voice.voice_id));
    expect(new Set(voiceIds).size).toBe(voiceIds.length);
    for (const model of defaultCatalogue) {
      for (const file of model.files) {
        // A revision (a commit or a tag) in every source, never a moving branch.
        expect(file.source).toMatch(/\/resolve\/(?:[0-9a-f]{40}|v\d+\.\d+\.\d+)\//);
        if (file.sha256) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
        if (file.md5) expect(file.md5).toMatch(/^[0-9a-f]{32}$/);
      }
      for (const voice of model.voices) expect(voice.voice_id.startsWith(`${model.engine}-`)).toBe(true);
    }
    expect(defaultCatalogue.find((model) => model.id === 'kokoro-82m')?.voices).toHaveLength(54);
  });

  it('curates a voice for every language the issue names that Piper or Kokoro has', () => {
    const curated = new Set(defaultCatalogue.filter((model) => model.curated).flatMap((model) => model.voices.map((voice) => voice.language)));
    for (const language of ['de', 'nl', 'pl', 'ru', 'uk', 'tr', 'sv', 'cs', 'el', 'vi', 'en-us', 'en-gb', 'es', 'fr', 'it', 'pt-br', 'hi', 'ja', 'cmn']) expect(curated, language).toContain(language);
  });

  it('merges MODELS_CATALOGUE entries over the built-in ones and rejects a malformed file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalogue-'));
    try {
      const file = join(dir, 'extra.json');
      await writeFile(file, JSON.stringify([{ id: 'piper-xx-own', engine: 'piper', files: [{ path: 'model.onnx', source: 'me/voices/resolve/v1.0.0/x.onnx', bytes: null, sha256: null }], voices: [{ voice_id: 'piper-xx-own', name: 'Own', language: 'xx', gender: null, espeakVoice: 'espeak-en-us-male' }] }]));
      const manager = createModelManager({ modelsDir: dir, hubUrl: 'http://127.0.0.1:9', catalogueFile: file, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } });
      expect(manager.find('piper-xx-own')).toMatchObject({ languages: ['xx'], kind: 'tts' });
      expect(manager.find('kokoro-82m').voices).toHaveLength(54);
      await writeFile(file, JSON.stringify([{ id: '../evil', engine: 'piper', files: [], voices: [] }]));
      expect(() => createModelManager({ modelsDir: dir, hubUrl: 'http://127.0.0.1:9', catalogueFile: file, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } })).toThrow(/"id" must be/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
