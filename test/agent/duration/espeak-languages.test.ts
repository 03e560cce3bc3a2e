import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type KnownLanguage } from '../../../src/agent/index.js';
import { fillerSentences } from '../../../src/agent/text/index.js';
import { sceneSeconds, storyboardDuration } from '../../../src/storyboard/index.js';
import { useEspeakPlannerContext } from './espeak-planner-context.js';

const germanArticle = (JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/prompts/german-article.json', import.meta.url)), 'utf8')) as { prompt: string }).prompt;

/** The user's own words in German, French and Spanish: narrated in that language, by its voice, nothing added. */
const cases: { prompt: string; language: KnownLanguage; target: number | null }[] = [
  { prompt: germanArticle, language: 'de', target: 30 },
  { prompt: 'Das Büro ist am Montag wegen Wartungsarbeiten geschlossen. Ab Dienstag um 9 Uhr sind wir wieder da.', language: 'de', target: null },
  { prompt: 'Le bureau est fermé lundi pour travaux. Nous rouvrons mardi à 9 heures.', language: 'fr', target: null },
  { prompt: 'La oficina está cerrada el lunes por mantenimiento. Volvemos a abrir el martes a las 9.', language: 'es', target: null },
];

describe('German, French and Spanish material with the real eSpeak engine', () => {
  const espeak = useEspeakPlannerContext();

  for (const { prompt, language, target } of cases) {
    it(`plans “${prompt.slice(0, 40)}…” (${language}) in ${language} with its voice, ${target ? `to ${target} s` : 'as long as its words'}, no filler`, async () => {
      const result = await new BuiltinPlanner().plan(
        { prompt, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
        espeak.context,
      );
      if (result.kind !== 'storyboard') throw new Error(result.message);
      const sb = result.storyboard;
      expect(sb.language).toBe(language);
      expect(espeak.context.voices.find((v) => v.voice_id === sb.voice_id)!.language.startsWith(language)).toBe(true);
      let rendered = 0;
      for (const scene of sb.scenes) rendered += sceneSeconds((await espeak.engine.synthesize(scene.narration, sb.voice_id, { pace: sb.pace })).duration);
      // Whole sentences only and never a slower voice: within −15 %/+10 % of a length asked for, and a shortfall is said.
      if (target) {
        expect(rendered, `rendered ${rendered.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 1.1);
        expect(rendered, `rendered ${rendered.toFixed(1)} s for ${target} s`).toBeGreaterThanOrEqual(target * 0.85);
        if (storyboardDuration(sb) < target * 0.9) expect(result.message).toMatch(/statt/);
      }
      else {
        expect(Math.abs(storyboardDuration(sb) - rendered)).toBeLessThanOrEqual(0.5);
        expect(rendered).toBeLessThan(15);
      }
      expect(sb.pace).toBeGreaterThanOrEqual(1);
      expect(fillerSentences(sb.scenes.map((s) => s.narration).join(' '))).toEqual([]);
      process.stderr.write(`eSpeak (${language}) ${prompt.slice(0, 30)}: ${rendered.toFixed(1)} s, ${sb.scenes.length} scenes, pace ${sb.pace}\n`);
    }, 60_000);
  }
});
