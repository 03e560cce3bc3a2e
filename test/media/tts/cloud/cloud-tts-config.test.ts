import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/index.js';
import { readPcmWav } from '../../../../src/media/tts/cloud/index.js';

describe('cloud voice configuration (OPENAI_TTS_*, ELEVENLABS_*)', () => {
  it('leaves cloud voices off unless their own variables are set (OPENAI_API_KEY alone configures the planner only)', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-llm', LLM_MODEL: 'gpt-4o' }).cloudTts).toEqual({ openai: null, elevenlabs: null });
  });

  it('reads OpenAI voices from OPENAI_TTS_API_KEY, or OPENAI_TTS_BASE_URL with OPENAI_API_KEY as the key', () => {
    expect(loadConfig({ OPENAI_TTS_API_KEY: 'sk-tts' }).cloudTts.openai).toEqual({ baseUrl: 'https://api.openai.com/v1', apiKey: 'sk-tts', model: 'gpt-4o-mini-tts', responseFormat: 'wav' });
    expect(loadConfig({ OPENAI_TTS_BASE_URL: 'http://tts.local:8880/v1/', OPENAI_API_KEY: 'sk-shared', OPENAI_TTS_FORMAT: 'MP3', OPENAI_TTS_MODEL: 'kokoro' }).cloudTts.openai).toEqual({
      baseUrl: 'http://tts.local:8880/v1', apiKey: 'sk-shared', model: 'kokoro', responseFormat: 'mp3',
    });
  });

  it('reads ElevenLabs from ELEVENLABS_API_KEY with defaults', () => {
    expect(loadConfig({ ELEVENLABS_API_KEY: 'xi' }).cloudTts.elevenlabs).toEqual({ baseUrl: 'https://api.elevenlabs.io', apiKey: 'xi', modelId: 'eleven_multilingual_v2', outputFormat: 'pcm_24000' });
  });

  it('rejects bad values with a readable error', () => {
    expect(() => loadConfig({ OPENAI_TTS_API_KEY: 'k', OPENAI_TTS_FORMAT: 'flac' })).toThrow(/OPENAI_TTS_FORMAT must be wav, pcm or mp3/);
    expect(() => loadConfig({ OPENAI_TTS_BASE_URL: 'tts.local' })).toThrow(/OPENAI_TTS_BASE_URL must start with http/);
    expect(() => loadConfig({ ELEVENLABS_API_KEY: 'xi', ELEVENLABS_BASE_URL: 'ftp://x' })).toThrow(/ELEVENLABS_BASE_URL must start with http/);
    expect(() => loadConfig({ ELEVENLABS_API_KEY: 'xi', ELEVENLABS_OUTPUT_FORMAT: 'ulaw_8000' })).toThrow(/ELEVENLABS_OUTPUT_FORMAT/);
  });
});

describe('readPcmWav', () => {
  it('mixes a stereo 16-bit WAV down to mono and reads a streamed WAV whose data size is unknown (0xFFFFFFFF)', () => {
    const frames = [[1000, 3000], [-2000, -4000]];
    const wav = Buffer.alloc(44 + 8);
    wav.write('RIFF', 0, 'ascii');
    wav.writeUInt32LE(0xffffffff, 4);
    wav.write('WAVEfmt ', 8, 'ascii');
    wav.writeUInt32LE(16, 16);
    wav.writeUInt16LE(1, 20);
    wav.writeUInt16LE(2, 22);
    wav.writeUInt32LE(24000, 24);
    wav.writeUInt32LE(96000, 28);
    wav.writeUInt16LE(4, 32);
    wav.writeUInt16LE(16, 34);
    wav.write('data', 36, 'ascii');
    wav.writeUInt32LE(0xffffffff, 40);
    frames.flat().forEach((sample, index) => wav.writeInt16LE(sample, 44 + index * 2));
    const decoded = readPcmWav(wav)!;
    expect(decoded.sampleRate).toBe(24000);
    expect([...decoded.samples]).toEqual([2000, -3000]);
    expect(readPcmWav(Buffer.from('ID3 not a wav'))).toBeNull();
  });
});
