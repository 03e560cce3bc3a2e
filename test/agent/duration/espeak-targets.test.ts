import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../../src/agent/index.js';
import { sceneSeconds, storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { useEspeakPlannerContext } from './espeak-planner-context.js';

const fixture = (name: string): string => (JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/prompts/${name}.json`, import.meta.url)), 'utf8')) as { prompt: string }).prompt;
/** Prompts carrying their own facts: with no length asked, the video is as long as they are. */
const richPrompts = [
  'Announce our new mobile app, Acme Notes 3.0: dark mode, offline sync and a 30% faster startup. Download it today.',
  'A video about our bakery: we opened in 2019 on Market Street, we bake sourdough every morning, and we hired 12 new bakers this year. Visit us this weekend.',
  'The office is closed on Monday for maintenance. We reopen on Tuesday at 9 am.',
];

describe('lengths with the real eSpeak engine', () => {
  const espeak = useEspeakPlannerContext();
  const rendered = async (sb: Storyboard): Promise<number> => {
    // Speak every scene again as the renderer does: lead + narration + tail, at least 2 s a scene.
    let total = 0;
    for (const scene of sb.scenes) total += sceneSeconds((await espeak.engine.synthesize(scene.narration, sb.voice_id, { pace: sb.pace })).duration);
    return total;
  };

  it('plans a long article to 15, 30 and 60 s (−15 %/+10 %), as the renderer will time it, never slower than the natural pace', async () => {
    const article = fixture('long-article-beekeeping');
    const figures: string[] = [];
    for (const target of [15, 30, 60]) {
      const result = await new BuiltinPlanner().plan(
        { prompt: article, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
        espeak.context,
      );
      if (result.kind !== 'storyboard') throw new Error(result.message);
      const sb = result.storyboard;
      const spoken = await rendered(sb);
      figures.push(`${target}→${spoken.toFixed(1)} s (${sb.scenes.length} scenes, pace ${sb.pace})`);
      // Whole sentences only and never a slower voice: when no sentence fits the gap the video stays a little short, and says so.
      expect(Math.abs(storyboardDuration(sb) - spoken)).toBeLessThanOrEqual(target * 0.05);
      expect(spoken, `rendered ${spoken.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 1.1);
      expect(spoken, `rendered ${spoken.toFixed(1)} s for ${target} s`).toBeGreaterThanOrEqual(target * 0.85);
      if (storyboardDuration(sb) < target * 0.9) expect(result.message).toMatch(/rather than/);
      expect(sb.pace).toBeGreaterThanOrEqual(1);
      expect(sb.pace).toBeLessThanOrEqual(1.15);
    }
    process.stderr.write(`eSpeak targets, article: ${figures.join('; ')}\n`);
  }, 120_000);

  for (const prompt of richPrompts) {
    it(`with no length asked, “${prompt.slice(0, 40)}…” runs as long as its own words, and the plan says how long the render will be`, async () => {
      const result = await new BuiltinPlanner().plan(
        { prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
        espeak.context,
      );
      if (result.kind !== 'storyboard') throw new Error(result.message);
      const sb = result.storyboard;
      const spoken = await rendered(sb);
      expect(Math.abs(storyboardDuration(sb) - spoken)).toBeLessThanOrEqual(0.5);
      expect(spoken).toBeLessThan(30);
      expect(sb.pace).toBe(1);
      // No scene invents a figure the prompt did not give.
      const promptNumbers = new Set(prompt.match(/\d+(?:[.,]\d+)?/g) ?? []);
      for (const scene of sb.scenes) for (const n of scene.narration.match(/\d+(?:[.,]\d+)?/g) ?? []) expect(promptNumbers.has(n), `“${n}” in “${scene.narration}”`).toBe(true);
      process.stderr.write(`eSpeak, no length asked, ${prompt.slice(0, 30)}: ${spoken.toFixed(1)} s in ${sb.scenes.length} scenes\n`);
    }, 60_000);
  }
});
