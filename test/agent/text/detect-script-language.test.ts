import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, detectScriptLanguage, splitSentences } from '../../../src/agent/index.js';
import type { Voice } from '../../../src/media/tts/index.js';
import { testContext, testVoices } from '../test-context.js';

describe('detectScriptLanguage', () => {
  const cases: [string, string | null][] = [
    ['東京は日本の首都です。多くの人が住んでいます。', 'ja'],
    ['北京是中国的首都。这里有很多历史古迹。', 'cmn'],
    ['서울은 한국의 수도입니다.', 'ko'],
    ['Москва — столица России. Здесь живёт много людей.', 'ru'],
    ['Київ — столиця України. Тут є багато історії.', 'uk'],
    ['القاهرة هي عاصمة مصر.', 'ar'],
    ['ירושלים היא עיר עתיקה.', 'he'],
    ['Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.', 'el'],
    ['दिल्ली भारत की राजधानी है।', 'hi'],
    ['กรุงเทพเป็นเมืองหลวงของประเทศไทย', 'th'],
    ['Make a video about Tokyo (東京) for travellers', null],
    ['Ein Video über Berlin', null],
    ['12345 !!!', null],
  ];
  for (const [text, tag] of cases) it(`${tag ?? 'Latin'}: ${text.slice(0, 24)}`, () => expect(detectScriptLanguage(text)).toBe(tag));
});

describe('non-Latin prompts in the built-in planner', () => {
  it('splits Chinese and Japanese sentences at full-width stops', () => {
    expect(splitSentences('東京は日本の首都です。多くの人が住んでいます！本当ですか？')).toEqual(['東京は日本の首都です。', '多くの人が住んでいます！', '本当ですか？']);
  });

  it('asks for the narration of a bare topic in a script it cannot write, rather than have English read in that voice', async () => {
    const voices: Voice[] = [...testVoices, { voice_id: 'espeak-ja-female', name: 'Japanese – female', language: 'ja', gender: 'female', engine: 'espeak-ng' }];
    const request = { prompt: '量子コンピューターについて説明して', attachments: [], orientation: null, duration_sec: 30, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: false };
    const asked = await new BuiltinPlanner().plan(request, testContext({ voices }));
    expect(asked.kind).toBe('question');
    if (asked.kind === 'question') expect(asked.message).toMatch(/Japanese narration/);
    // Told never to ask, it still plans (with the Japanese voice).
    const planned = await new BuiltinPlanner().plan({ ...request, skip_agentic_stop: true }, testContext({ voices }));
    expect(planned.kind).toBe('storyboard');
    if (planned.kind === 'storyboard') expect(planned.storyboard.voice_id).toBe('espeak-ja-female');
  });

  it('narrates Russian text with a Russian voice', async () => {
    const voices: Voice[] = [...testVoices, { voice_id: 'espeak-ru-female', name: 'Russian – female', language: 'ru', gender: 'female', engine: 'espeak-ng' }];
    const text = 'Москва — столица России. В городе живёт более двенадцати миллионов человек. Метро перевозит миллионы пассажиров каждый день. Кремль и Красная площадь привлекают туристов со всего мира.';
    const result = await new BuiltinPlanner().plan(
      { prompt: text, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
      testContext({ voices }),
    );
    expect(result.kind).toBe('storyboard');
    if (result.kind === 'storyboard') {
      expect(result.storyboard.language).toBe('ru');
      expect(result.storyboard.voice_id).toBe('espeak-ru-female');
    }
  });
});
