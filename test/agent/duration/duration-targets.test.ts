import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlanRequest } from '../../../src/agent/index.js';
import { storyboardDuration } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';

const article = (JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/prompts/long-article-beekeeping.json', import.meta.url)), 'utf8')) as { prompt: string }).prompt;

const prompts: Record<string, string> = {
  'a long pasted article': article,
  'a bare topic': 'Make a video about how to brew pour-over coffee at home',
  'a German topic': 'Erstelle ein Video über die Vorteile von Solarenergie für Hausbesitzer.',
  'a bare French topic': 'Explique l’informatique quantique',
  'a Spanish how-to': 'Explica cómo preparar café en casa',
};

function request(prompt: string, duration: number): PlanRequest {
  return { prompt, attachments: [], orientation: null, duration_sec: duration, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true };
}

describe('duration targets (deterministic measure: 2.7 words a second)', () => {
  for (const [label, prompt] of Object.entries(prompts)) {
    for (const target of [15, 30, 60, 120]) {
      it(`lands ${label} within ±10 % of ${target} s`, async () => {
        const result = await new BuiltinPlanner().plan(request(prompt, target), testContext());
        if (result.kind !== 'storyboard') throw new Error(result.message);
        const seconds = storyboardDuration(result.storyboard);
        expect(Math.abs(seconds - target), `${seconds.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        expect(result.storyboard.duration_target_sec).toBe(target);
        expect(result.storyboard.pace).toBeGreaterThanOrEqual(0.85);
        expect(result.storyboard.pace).toBeLessThanOrEqual(1.15);
        expect(result.storyboard.scenes[0]!.layout).toBe('title');
        expect(result.storyboard.scenes.at(-1)!.layout).toBe('cta');
      });
    }
  }

  it('shortens a plan by about a quarter with “make it shorter” and re-measures', async () => {
    const planned = await new BuiltinPlanner().plan(request(article, 60), testContext());
    if (planned.kind !== 'storyboard') throw new Error(planned.message);
    const revised = await new BuiltinPlanner().revise({ storyboard: planned.storyboard, history: [], message: 'make it shorter', attachments: [], overrides: {} }, testContext());
    if (revised.kind !== 'revised') throw new Error(revised.message);
    const seconds = storyboardDuration(revised.storyboard);
    expect(Math.abs(seconds - 45)).toBeLessThanOrEqual(4.5);
  });

  it('lengthens a revised plan back with sentences dropped earlier (“make it 90 seconds”)', async () => {
    const planned = await new BuiltinPlanner().plan(request(article, 30), testContext());
    if (planned.kind !== 'storyboard') throw new Error(planned.message);
    const full = await new BuiltinPlanner().plan(request(article, 120), testContext());
    if (full.kind !== 'storyboard') throw new Error(full.message);
    const revised = await new BuiltinPlanner().revise(
      { storyboard: planned.storyboard, history: [full.storyboard], message: 'make it 90 seconds', attachments: [], overrides: {} },
      testContext(),
    );
    if (revised.kind !== 'revised') throw new Error(revised.message);
    expect(Math.abs(storyboardDuration(revised.storyboard) - 90)).toBeLessThanOrEqual(9);
    // The added material comes from the article, not generic filler.
    const sentences = revised.storyboard.scenes.flatMap((s) => s.narration.split(/(?<=[.!?])\s+/));
    expect(sentences.length).toBeGreaterThan(planned.storyboard.scenes.flatMap((s) => s.narration.split(/(?<=[.!?])\s+/)).length);
    for (const sentence of sentences) expect(article).toContain(sentence.replace(/[.!?]$/, ""));
  });
});
