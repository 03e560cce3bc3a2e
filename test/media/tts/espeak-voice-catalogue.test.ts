import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOICE_ID, EspeakTtsEngine, pickVoice, type Voice } from '../../../src/media/tts/index.js';

describe('the eSpeak voice catalogue', () => {
  const engine = new EspeakTtsEngine();
  let voices: Voice[];
  beforeAll(async () => {
    voices = await engine.voices();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('offers more than 100 voices with unique, URL-safe ids', () => {
    expect(voices.length).toBeGreaterThan(100);
    const ids = voices.map((voice) => voice.voice_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const voice of voices) {
      expect(voice.voice_id).toMatch(/^espeak-[a-z0-9]+(-[a-z0-9]+)*-(male|female)$/);
      expect(voice.engine).toBe('espeak-ng');
      expect(voice.language).toBe(voice.language.toLowerCase());
      expect(voice.name).toMatch(/ – (male|female)$/);
      expect(Object.keys(voice).sort()).toEqual(['engine', 'gender', 'language', 'name', 'voice_id']);
    }
  });

  it('has a male and a female voice for every language, including en-us, en-gb, de, fr, es, cmn and ja', () => {
    for (const language of ['en-us', 'en-gb', 'de', 'fr', 'es', 'cmn', 'ja']) {
      const genders = voices.filter((voice) => voice.language === language).map((voice) => voice.gender).sort();
      expect(genders, language).toEqual(['female', 'male']);
    }
    expect(voices.find((voice) => voice.voice_id === 'espeak-en-us-female')).toMatchObject({
      name: 'English (US) – female',
      language: 'en-us',
      gender: 'female',
    });
    expect(voices.filter((voice) => voice.gender === 'male')).toHaveLength(voices.length / 2);
  });

  it('defaults to English (US), female', () => {
    expect(voices.find((voice) => voice.voice_id === DEFAULT_VOICE_ID)).toMatchObject({ language: 'en-us', gender: 'female' });
  });

  it('picks a voice by a loose language tag and gender', () => {
    expect(pickVoice(voices, { language: 'en' }).voice_id).toBe('espeak-en-us-female');
    expect(pickVoice(voices, { language: 'en', gender: 'male' }).voice_id).toBe('espeak-en-us-male');
    expect(pickVoice(voices, { language: 'en-GB' }).voice_id).toBe('espeak-en-gb-female');
    expect(pickVoice(voices, { language: 'de-DE', gender: 'male' }).voice_id).toBe('espeak-de-male');
    expect(pickVoice(voices, { language: 'fr_CA' }).voice_id).toBe('espeak-fr-female');
    expect(['pt-br', 'pt']).toContain(pickVoice(voices, { language: 'pt' }).language);
    expect(pickVoice(voices, { language: 'pt-PT' }).language).toBe('pt');
    expect(pickVoice(voices, { language: 'zh-CN' }).language).toBe('cmn');
    expect(pickVoice(voices, { language: 'ja-JP' }).language).toBe('ja');
    expect(pickVoice(voices, { language: 'es-MX' }).language).toBe('es-419');
  });

  it('falls back to English (US) for an unknown or missing language', () => {
    expect(pickVoice(voices, { language: 'tlh-x-unknown' }).voice_id).toBe('espeak-en-us-female');
    expect(pickVoice(voices, {}).voice_id).toBe('espeak-en-us-female');
    expect(pickVoice(voices, { gender: 'male' }).voice_id).toBe('espeak-en-us-male');
  });

  it('takes the other gender when a language has only one', () => {
    const onlyMale = voices.filter((voice) => !(voice.language === 'de' && voice.gender === 'female'));
    expect(pickVoice(onlyMale, { language: 'de', gender: 'female' }).voice_id).toBe('espeak-de-male');
    expect(() => pickVoice([], { language: 'de' })).toThrow();
  });
});
