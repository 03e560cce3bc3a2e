import { describe, expect, it } from 'vitest';
import { orderVoices, voiceQuality, type ListedVoice } from '../../../src/api/voices/voice-view.js';

const voice = (voice_id: string, language: string, engine: string, extra: Partial<ListedVoice> = {}): ListedVoice => ({
  voice_id,
  name: voice_id,
  language,
  gender: 'female',
  engine,
  ...extra,
});

describe('voiceQuality', () => {
  it('is basic for eSpeak, cloud for the cloud engines, neural for a local model, and what a voice says of itself first', () => {
    expect(voiceQuality(voice('a', 'en-us', 'espeak-ng'))).toBe('basic');
    expect(voiceQuality(voice('b', 'en-us', 'openai-tts'))).toBe('cloud');
    expect(voiceQuality(voice('c', 'en-us', 'elevenlabs'))).toBe('cloud');
    expect(voiceQuality(voice('d', 'en-us', 'kokoro'))).toBe('neural');
    expect(voiceQuality(voice('e', 'en-us', 'kokoro', { quality: 'basic' }))).toBe('basic');
  });
});

describe('orderVoices', () => {
  it('puts the default language first (default voice first), then its regions, then the rest in engine order', () => {
    const voices = [
      voice('espeak-af-male', 'af', 'espeak-ng'),
      voice('espeak-de-female', 'de', 'espeak-ng'),
      voice('espeak-en-gb-female', 'en-gb', 'espeak-ng'),
      voice('espeak-en-us-male', 'en-us', 'espeak-ng'),
      voice('espeak-en-us-female', 'en-us', 'espeak-ng'),
    ];
    expect(orderVoices(voices, 'espeak-en-us-female').map((v) => v.voice_id)).toEqual([
      'espeak-en-us-female',
      'espeak-en-us-male',
      'espeak-en-gb-female',
      'espeak-af-male',
      'espeak-de-female',
    ]);
  });

  it('within a language: installed before not yet pulled, then neural, cloud, basic', () => {
    const voices = [
      voice('espeak-en-us-female', 'en-us', 'espeak-ng'),
      voice('openai-alloy', 'en-us', 'openai-tts'),
      voice('kokoro-heart', 'en-us', 'kokoro', { installed: false }),
      voice('piper-amy', 'en-us', 'piper'),
      voice('espeak-fr-female', 'fr', 'espeak-ng'),
    ];
    expect(orderVoices(voices, 'espeak-en-us-female').map((v) => v.voice_id)).toEqual(['piper-amy', 'openai-alloy', 'espeak-en-us-female', 'kokoro-heart', 'espeak-fr-female']);
  });
});
