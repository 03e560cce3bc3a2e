import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EspeakTtsEngine } from '../../../src/media/tts/index.js';
import { decodeAudio } from '../../../src/media/tts/cloud/index.js';
import { probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const tts = new EspeakTtsEngine();
const ffmpegPath = resolveFfmpegPath();
const VOICE = 'espeak-en-us-female';

beforeAll(async () => {
  h = await startHarness({ tts });
});
afterAll(async () => {
  await h.close();
  await tts.close();
});

async function fetchLink(url: string): Promise<Buffer> {
  const link = new URL(url);
  const res = await h.app.inject({ method: 'GET', url: link.pathname + link.search });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

/** Runs of 10 ms frames quieter than 2 % of the loudest frame's RMS, at least `minSec` long, in seconds. */
function silences(samples: Int16Array, sampleRate: number, minSec = 0.08): { start: number; end: number }[] {
  const frame = Math.round(sampleRate / 100);
  const rms: number[] = [];
  for (let at = 0; at + frame <= samples.length; at += frame) {
    let sum = 0;
    for (let i = at; i < at + frame; i++) sum += samples[i]! * samples[i]!;
    rms.push(Math.sqrt(sum / frame));
  }
  const threshold = Math.max(...rms) * 0.02;
  const runs: { start: number; end: number }[] = [];
  let runStart = -1;
  rms.forEach((value, index) => {
    if (value < threshold && runStart < 0) runStart = index;
    if ((value >= threshold || index === rms.length - 1) && runStart >= 0) {
      const end = value >= threshold ? index : index + 1;
      if ((end - runStart) / 100 >= minSec) runs.push({ start: runStart / 100, end: end / 100 });
      runStart = -1;
    }
  });
  return runs;
}

describe('POST /v3/voices/speech', () => {
  it('answers an MP3 link whose duration ffmpeg confirms, with word timestamps after the silences between words', async () => {
    // Capitalised: eSpeak reads "one. two." as one phrase with no pause (a lowercase word after a full stop
    // does not start a sentence for it), so there would be no silence to check against.
    const res = await h.call('POST', '/v3/voices/speech', { text: 'One. Two. Three.', voice_id: VOICE });
    expect(res.statusCode).toBe(200);
    const speech = res.json().data;
    expect(speech).toMatchObject({ format: 'mp3', voice_id: VOICE, request_id: res.headers['x-request-id'] });
    expect(speech.word_timestamps.map((w: { word: string }) => w.word)).toEqual(['One', 'Two', 'Three']);

    const mp3 = await fetchLink(speech.audio_url);
    expect(mp3.subarray(0, 3).toString('latin1') === 'ID3' || (mp3[0] === 0xff && (mp3[1]! & 0xe0) === 0xe0)).toBe(true);
    const path = join(h.dataDir, 'speech-check.mp3');
    await writeFile(path, mp3);
    const probe = await probeMedia(path, { ffmpegPath });
    expect(probe.duration).not.toBeNull();
    // MP3 frames are 1152 samples (52 ms at 22.05 kHz): the file's duration rounds up to a frame.
    expect(Math.abs(probe.duration! - speech.duration)).toBeLessThan(0.08);

    const { samples, sampleRate } = await decodeAudio(mp3, { ffmpegPath });
    const gaps = silences(samples, sampleRate).filter((gap) => gap.start > 0.05 && gap.end < speech.duration - 0.05);
    const words = speech.word_timestamps as { word: string; start: number; end: number }[];
    console.info(`speech "One. Two. Three.": duration ${speech.duration} s (probed ${probe.duration} s); words ${JSON.stringify(words)}; inner silences ${JSON.stringify(gaps)}`);
    expect(gaps).toHaveLength(2);
    for (const [index, gap] of gaps.entries()) {
      const before = words[index]!;
      const after = words[index + 1]!;
      // The word before ends by the time the silence is over, and the next one starts after the silence began
      // and no later than a little after it ended (its first phoneme's attack).
      expect(before.end).toBeLessThanOrEqual(gap.end + 0.03);
      expect(after.start).toBeGreaterThanOrEqual(gap.start - 0.03);
      expect(after.start).toBeLessThanOrEqual(gap.end + 0.05);
    }
  });

  it('answers WAV when asked, and the same request again from the cache', async () => {
    const body = { text: 'Caching is keyed by text, voice, speed and format.', voice_id: VOICE, speed: 1.2, format: 'wav' };
    const first = (await h.call('POST', '/v3/voices/speech', body)).json().data;
    expect(first.format).toBe('wav');
    const wav = await fetchLink(first.audio_url);
    expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
    const second = (await h.call('POST', '/v3/voices/speech', body)).json().data;
    expect(second.duration).toBe(first.duration);
    expect(second.word_timestamps).toEqual(first.word_timestamps);
    const slower = (await h.call('POST', '/v3/voices/speech', { ...body, speed: 0.8 })).json().data;
    expect(slower.duration).toBeGreaterThan(first.duration * 1.2);
  });

  it('refuses bad input with a clear 400 in the error envelope', async () => {
    const cases: [unknown, string][] = [
      [{ text: '', voice_id: VOICE }, 'text'],
      [{ text: '   ', voice_id: VOICE }, 'text'],
      [{ text: 'x'.repeat(5001), voice_id: VOICE }, 'text'],
      [{ text: 'hello', voice_id: 'no-such-voice' }, 'voice_id'],
      [{ text: 'hello', voice_id: VOICE, speed: 0.2 }, 'speed'],
      [{ text: 'hello', voice_id: VOICE, speed: 3 }, 'speed'],
      [{ text: 'hello', voice_id: VOICE, speed: 'fast' }, 'speed'],
      [{ text: 'hello' }, 'voice_id'],
      [{ voice_id: VOICE }, 'text'],
      [{ text: 'hello', voice_id: VOICE, format: 'ogg' }, 'format'],
      [{ text: 'hello', voice_id: VOICE, input_type: 'html' }, 'input_type'],
      [{ text: 'hello', voice_id: VOICE, language: 'not a tag!' }, 'language'],
    ];
    for (const [body, param] of cases) {
      const res = await h.call('POST', '/v3/voices/speech', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_error', param, message: expect.any(String) });
    }
    const long = await h.call('POST', '/v3/voices/speech', { text: 'x'.repeat(5001), voice_id: VOICE });
    expect(long.json().error.message).toContain('5000');
  });

  it('reads SSML as its text and takes null optionals', async () => {
    const res = await h.call('POST', '/v3/voices/speech', {
      text: '<speak>Hello <break time="300ms"/> world &amp; friends</speak>',
      voice_id: VOICE,
      input_type: 'ssml',
      speed: null,
      language: 'en',
      locale: 'en-US',
      format: null,
    });
    expect(res.statusCode).toBe(200);
    const words = res.json().data.word_timestamps.map((w: { word: string }) => w.word);
    expect(words).toEqual(expect.arrayContaining(['Hello', 'world', 'friends']));
    expect(words.join(' ')).not.toMatch(/speak|break|time|amp/);
  });
});
