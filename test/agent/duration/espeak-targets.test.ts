import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../../src/agent/index.js';
import { sceneSeconds, storyboardDuration } from '../../../src/storyboard/index.js';
import { useEspeakPlannerContext } from './espeak-planner-context.js';

/** Topics with nothing more to go on: the planner has to structure the topic itself. */
const bareTopics = ['A 60 second explainer on why bees matter', 'Explain quantum computing', '5 tips for better sleep', 'How to brew pour-over coffee at home'];
/** Prompts carrying their own facts, which must stay the backbone of the video. */
const richPrompts = [
  'Announce our new mobile app, Acme Notes 3.0: dark mode, offline sync and a 30% faster startup. Download it today.',
  'A video about our bakery: we opened in 2019 on Market Street, we bake sourdough every morning, and we hired 12 new bakers this year. Visit us this weekend.',
];

describe('every target length with the real eSpeak engine, for bare topics and content-rich prompts', () => {
  const espeak = useEspeakPlannerContext();

  for (const prompt of [...bareTopics, ...richPrompts]) {
    it(`plans “${prompt.slice(0, 40)}…” to 15, 30, 60 and 120 s within ±10 %, as the renderer will time it`, async () => {
      const figures: string[] = [];
      for (const target of [15, 30, 60, 120]) {
        const result = await new BuiltinPlanner().plan(
          { prompt, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
          espeak.context,
        );
        if (result.kind !== 'storyboard') throw new Error(result.message);
        const sb = result.storyboard;
        // Speak every scene again as the renderer does: lead + narration + tail, at least 2 s a scene.
        let rendered = 0;
        for (const scene of sb.scenes) rendered += sceneSeconds((await espeak.engine.synthesize(scene.narration, sb.voice_id, { pace: sb.pace })).duration);
        figures.push(`${target}→${rendered.toFixed(1)} s (${sb.scenes.length} scenes, pace ${sb.pace})`);
        expect(Math.abs(storyboardDuration(sb) - target), `planned ${storyboardDuration(sb).toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        expect(Math.abs(rendered - target), `rendered ${rendered.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        expect(sb.pace).toBeGreaterThanOrEqual(0.85);
        expect(sb.pace).toBeLessThanOrEqual(1.15);
        // Honest padding: no scene invents a figure the prompt did not give.
        const promptNumbers = new Set(prompt.match(/\d+(?:[.,]\d+)?/g) ?? []);
        for (const scene of sb.scenes) {
          for (const n of scene.narration.match(/\d+(?:[.,]\d+)?/g) ?? []) expect(promptNumbers.has(n), `“${n}” in “${scene.narration}”`).toBe(true);
        }
        // Sections never repeat: each scene's narration appears once.
        expect(new Set(sb.scenes.map((s) => s.narration)).size).toBe(sb.scenes.length);
      }
      process.stderr.write(`eSpeak targets, ${prompt.slice(0, 30)}: ${figures.join('; ')}\n`);
    }, 120_000);
  }
});
