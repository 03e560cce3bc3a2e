import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../../src/agent/index.js';
import { storyboardGlyphCoverage } from '../../../src/media/fonts/index.js';
import { renderSceneImage } from '../../../src/media/render/render-scene-image.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { useEspeakPlannerContext } from '../duration/espeak-planner-context.js';

const cases = [
  { lang: 'ja', prompt: '「10秒の動画を作ってください。ナレーション：「私たちのパン屋は月曜日から毎朝7時に開店します。焼きたてのパンをお楽しみください。」」', script: '私たちのパン屋は月曜日から毎朝7時に開店します。焼きたてのパンをお楽しみください。', title: '私たちのパン屋は月曜日から毎朝7時に開店します', voice: 'ja' },
  { lang: 'ru', prompt: '«Сделай видео на 10 секунд. Текст: «Наша пекарня открывается в 7 утра каждый день с понедельника. Приходите за свежим хлебом.»»', script: 'Наша пекарня открывается в 7 утра каждый день с понедельника. Приходите за свежим хлебом.', title: 'Наша пекарня открывается в 7 утра каждый день с понедельника', voice: 'ru' },
  { lang: 'ar', prompt: 'اصنع فيديو مدته 10 ثوان. النص: «يفتح مخبزنا كل صباح في الساعة السابعة ابتداء من يوم الاثنين. تعالوا وتذوقوا خبزنا الطازج.»', script: 'يفتح مخبزنا كل صباح في الساعة السابعة ابتداء من يوم الاثنين. تعالوا وتذوقوا خبزنا الطازج.', title: 'يفتح مخبزنا كل صباح في الساعة السابعة ابتداء من يوم الاثنين', voice: 'ar' },
];

describe('a quoted script is the video: Japanese, Russian and Arabic (issue 15)', () => {
  const espeak = useEspeakPlannerContext();
  for (const c of cases) {
    it(`${c.lang}: 10 s, the user's own words as title and narration, a ${c.voice} voice, every glyph drawn`, async () => {
      const result = await new BuiltinPlanner().plan(
        { prompt: c.prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: false },
        espeak.context,
      );
      expect(result.kind).toBe('storyboard');
      const sb = (result as { storyboard: Storyboard }).storyboard;
      expect(sb.title).toBe(c.title);
      expect(sb.scenes.map((s) => s.narration).join(' ').replace(/\s+/g, '')).toBe(c.script.replace(/\s+/g, ''));
      expect(sb.language.startsWith(c.voice)).toBe(true);
      expect(Math.abs(storyboardDuration(sb) - 10)).toBeLessThanOrEqual(1.5);
      expect(result.message).not.toMatch(/\b(?:drafted|scenes|narrated)\b/);
      expect(storyboardGlyphCoverage(sb).missing).toEqual([]);
      const jpeg = await renderSceneImage(sb, 0, { resolveAsset: async (id) => { throw new Error(id); }, presenterFor: () => null });
      expect(jpeg.length).toBeGreaterThan(10_000);
    }, 60_000);
  }

  it('asks, in the user’s language, when no bundled voice speaks the script', async () => {
    const result = await new BuiltinPlanner().plan(
      { prompt: 'Сделай видео на 10 секунд. Текст: «ትምህርት ቤታችን በየቀኑ ጠዋት ይከፈታል። እንኳን ደህና መጡ።»', attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: false },
      { ...espeak.context, voices: espeak.context.voices.filter((v) => !v.language.startsWith('am')) },
    );
    expect(result.kind).toBe('question');
    expect(result.message).toMatch(/голос/);
  });
});
