import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, splitSentences, type KnownLanguage } from '../../../src/agent/index.js';
import { sceneSeconds, storyboardDuration } from '../../../src/storyboard/index.js';
import { useEspeakPlannerContext } from './espeak-planner-context.js';
import { englishFiller, englishWordsIn } from '../builtin/english-filler.js';

/** Bare topics in German, French and Spanish: the planner structures them in their own language. */
const bareTopics: { prompt: string; language: KnownLanguage }[] = [
  { prompt: 'Erkläre Quantencomputer', language: 'de' },
  { prompt: 'Explique l’informatique quantique', language: 'fr' },
  { prompt: 'Explica la computación cuántica', language: 'es' },
];

describe('every target length with the real eSpeak engine, for bare topics in German, French and Spanish', () => {
  const espeak = useEspeakPlannerContext();

  for (const { prompt, language } of bareTopics) {
    it(`plans “${prompt}” (${language}) to 15, 30, 60 and 120 s within ±10 %, in ${language} only, no sentence twice`, async () => {
      const filler = englishFiller(language, prompt);
      const figures: string[] = [];
      for (const target of [15, 30, 60, 120]) {
        const result = await new BuiltinPlanner().plan(
          { prompt, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
          espeak.context,
        );
        if (result.kind !== 'storyboard') throw new Error(result.message);
        const sb = result.storyboard;
        expect(sb.language).toBe(language);
        expect(espeak.context.voices.find((v) => v.voice_id === sb.voice_id)!.language.startsWith(language)).toBe(true);
        // Speak every scene again as the renderer does: lead + narration + tail, at least 2 s a scene.
        let rendered = 0;
        for (const scene of sb.scenes) rendered += sceneSeconds((await espeak.engine.synthesize(scene.narration, sb.voice_id, { pace: sb.pace })).duration);
        figures.push(`${target}→${rendered.toFixed(1)} s (${sb.scenes.length} scenes, pace ${sb.pace})`);
        expect(Math.abs(storyboardDuration(sb) - target), `planned ${storyboardDuration(sb).toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        expect(Math.abs(rendered - target), `rendered ${rendered.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        expect(sb.pace).toBeGreaterThanOrEqual(0.85);
        expect(sb.pace).toBeLessThanOrEqual(1.15);
        // No sentence is said twice, and nothing on screen or spoken is English filler.
        const sentences = sb.scenes.flatMap((s) => splitSentences(s.narration)).map((s) => s.toLowerCase());
        expect(sentences.filter((s, i) => sentences.indexOf(s) !== i), 'repeated sentences').toEqual([]);
        const shown = [sb.title, ...sb.scenes.flatMap((s) => [s.narration, s.headline ?? '', ...(s.bullets ?? [])])].join(' ');
        expect(englishWordsIn(shown, filler), `English words at ${target} s`).toEqual([]);
        // The figures a bare topic gets are none: the filler states no facts.
        for (const scene of sb.scenes) expect(scene.narration, scene.narration).not.toMatch(/\d/);
      }
      process.stderr.write(`eSpeak targets (${language}), ${prompt}: ${figures.join('; ')}\n`);
    }, 180_000);
  }
});
