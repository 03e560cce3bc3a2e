import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlanRequest } from '../../../src/agent/index.js';
import { storyboardDuration } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';

const article = (JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/prompts/long-article-beekeeping.json', import.meta.url)), 'utf8')) as { prompt: string }).prompt;

const bareTopics = ['Make a video about how to brew pour-over coffee at home', 'Erstelle ein Video über die Vorteile von Solarenergie für Hausbesitzer.', 'Explique l’informatique quantique', 'Explica cómo preparar café en casa'];
const notice = 'The office is closed on Monday for maintenance. We reopen on Tuesday at 9 am.';

function request(prompt: string, duration: number | null): PlanRequest {
  return { prompt, attachments: [], orientation: null, duration_sec: duration, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true };
}

describe('duration targets (deterministic measure: 2.7 words a second)', () => {
  for (const target of [15, 30, 60]) {
    it(`lands a long pasted article within ±10 % of ${target} s by choosing its sentences, at the natural pace or faster`, async () => {
      const result = await new BuiltinPlanner().plan(request(article, target), testContext());
      if (result.kind !== 'storyboard') throw new Error(result.message);
      const seconds = storyboardDuration(result.storyboard);
      expect(Math.abs(seconds - target), `${seconds.toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
      expect(result.storyboard.duration_target_sec).toBe(target);
      expect(result.storyboard.pace).toBeGreaterThanOrEqual(1);
      expect(result.storyboard.pace).toBeLessThanOrEqual(1.15);
      expect(result.storyboard.scenes[0]!.layout).toBe('title');
      const sentences = result.storyboard.scenes.flatMap((s) => s.narration.split(/(?<=[.!?])\s+/));
      for (const sentence of sentences) expect(article).toContain(sentence.replace(/[.!?]$/, ''));
    });
  }

  // These encoded the old behaviour (a bare topic padded with topic sections to 15–120 s); the rules no longer pad.
  for (const prompt of bareTopics) {
    it(`never pads a bare topic to a length asked for: “${prompt}” at 60 s is a short title video that says why`, async () => {
      const result = await new BuiltinPlanner().plan(request(prompt, 60), testContext());
      if (result.kind !== 'storyboard') throw new Error(result.message);
      expect(result.storyboard.scenes).toHaveLength(1);
      expect(storyboardDuration(result.storyboard)).toBeLessThan(10);
      expect(result.storyboard.pace).toBe(1);
      expect(result.message).toMatch(/docs\/agent\.md/);
    });
  }

  it('with no length asked, the length follows the content: a two-sentence notice runs about ten seconds', async () => {
    const result = await new BuiltinPlanner().plan(request(notice, null), testContext());
    if (result.kind !== 'storyboard') throw new Error(result.message);
    const seconds = storyboardDuration(result.storyboard);
    expect(seconds).toBeGreaterThan(4);
    expect(seconds).toBeLessThan(15);
    expect(result.storyboard.scenes.map((s) => s.narration).join(' ')).toBe(notice);
    expect(result.storyboard.title).toBe('The Office Is Closed on Monday for Maintenance');
  });

  it('“make it shorter” on a short notice never slows the voice and never stretches what is left', async () => {
    const planned = await new BuiltinPlanner().plan(request(notice, null), testContext());
    if (planned.kind !== 'storyboard') throw new Error(planned.message);
    const revised = await new BuiltinPlanner().revise({ storyboard: planned.storyboard, history: [], message: 'make it shorter', attachments: [], overrides: {} }, testContext());
    if (revised.kind === 'approved') throw new Error(revised.message);
    if (revised.kind === 'revised') {
      expect(revised.storyboard.pace).toBeGreaterThanOrEqual(1);
      expect(storyboardDuration(revised.storyboard)).toBeLessThan(storyboardDuration(planned.storyboard));
      expect(revised.storyboard.scenes.length).toBeLessThanOrEqual(planned.storyboard.scenes.length);
      expect(revised.message).not.toMatch(/slow/i);
    }
  });

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
