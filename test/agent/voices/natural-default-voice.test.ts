import { describe, expect, it } from 'vitest';
import { pickNaturalVoice, pickVoice } from '../../../src/agent/index.js';
import type { Voice } from '../../../src/media/tts/index.js';

const espeak = (language: string, gender: 'female' | 'male'): Voice => ({ voice_id: `espeak-${language}-${gender}`, name: language, language, gender, engine: 'espeak-ng' });
const neural = (id: string, language: string, gender: 'female' | 'male', installed = true): Voice => ({ voice_id: id, name: id, language, gender, engine: 'kokoro', quality: 'neural', installed });
const voices = [espeak('en-us', 'female'), espeak('en-us', 'male'), espeak('en-gb', 'female'), espeak('de', 'female'), espeak('de', 'male')];

describe('the default voice when a neural model is installed', () => {
  it('is eSpeak until a neural voice for the language is installed, then the neural one', () => {
    expect(pickVoice(voices, { language: 'de' })?.voice_id).toBe('espeak-de-female');
    const withPiper = [...voices, neural('piper-de_DE-thorsten-medium', 'de', 'male')];
    expect(pickVoice(withPiper, { language: 'de' })?.voice_id).toBe('piper-de_DE-thorsten-medium');
    const withKokoro = [...voices, neural('kokoro-af_heart', 'en-us', 'female'), neural('kokoro-bf_emma', 'en-gb', 'female')];
    expect(pickVoice(withKokoro, { language: 'en' })?.voice_id).toBe('kokoro-af_heart');
    expect(pickVoice(withKokoro, { language: 'en', accent: 'british' })?.voice_id).toBe('kokoro-bf_emma');
  });

  it('never overrides a gender the user asked for, and ignores uninstalled voices', () => {
    const withPiper = [...voices, neural('piper-de_DE-thorsten-medium', 'de', 'male')];
    expect(pickVoice(withPiper, { language: 'de', gender: 'female' })?.voice_id).toBe('espeak-de-female');
    expect(pickVoice([...voices, neural('kokoro-af_heart', 'en-us', 'female', false)], { language: 'en' })?.voice_id).toBe('espeak-en-us-female');
  });

  it('"a more natural voice" picks an installed neural voice, or says none is installed', () => {
    expect(pickNaturalVoice([...voices, neural('kokoro-af_heart', 'en-us', 'female')], 'en', {})).toMatchObject({ voice_id: 'kokoro-af_heart' });
    expect(pickNaturalVoice(voices, 'de', {})).toMatch(/no natural voice for de is installed \(run "video-agent models pull"/);
  });
});

describe('asking for a more natural voice in chat', () => {
  it('parses "use a more natural voice" into a natural set_voice, and applies it to an installed neural voice', async () => {
    const { parseFeedback, applyEdits, SceneMeasurer } = await import('../../../src/agent/index.js');
    const { baseStoryboard, wordMeasure } = await import('../test-context.js');
    const storyboard = { ...baseStoryboard().current, language: 'en', voice_id: 'espeak-en-us-female' };
    const withKokoro = [...voices, neural('kokoro-af_heart', 'en-us', 'female')];
    const parsed = parseFeedback('use a more natural voice', storyboard, withKokoro);
    expect(parsed.operations).toEqual([{ op: 'set_voice', natural: true }]);
    const applied = await applyEdits(storyboard, parsed.operations, { voices: withKokoro, history: [], measurer: new SceneMeasurer(wordMeasure, new AbortController().signal) });
    expect(applied.storyboard.voice_id).toBe('kokoro-af_heart');
  });
});
