import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltinPlanner, importLlama, loadLocalLlm, LocalLlmPlanner, withFallback, type LocalLlm, type PlanRequest } from '../../src/agent/index.js';
import { outlineSchema } from '../../src/agent/local/index.js';
import { validateStoryboard } from '../../src/storyboard/index.js';
import { baseStoryboard, testContext } from '../agent/test-context.js';
import { writeTinyLlamaGguf } from '../support/tiny-llama-gguf.js';

/*
 * The local planner on a generated GGUF: a 1-layer llama with random weights and a byte-level vocabulary
 * (test/support/tiny-llama-gguf.ts), so nothing is downloaded. Its text is noise; what is proven is that the
 * real llama.cpp loads it, that the grammar keeps even noise schema-valid, and the limits and the fallback.
 */
const available = await importLlama();
if (!available) console.warn('test/slow/local-llm: skipped, node-llama-cpp (an optional dependency) is not installed');

const request: PlanRequest = { prompt: 'Compare renting and buying a home.', attachments: [], orientation: null, duration_sec: 30, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true };

describe.skipIf(!available)('the local model planner on a generated GGUF', () => {
  let dir: string;
  let model: LocalLlm;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-gguf-'));
    // One thread: on a busy 2-core machine llama.cpp's threads otherwise spin against each other.
    model = await loadLocalLlm(await writeTinyLlamaGguf(join(dir, 'tiny.gguf')), { threads: 1, contextSize: 4096, temperature: 0.8 });
  });
  afterAll(async () => {
    await model?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const planner = (overrides: { timeoutMs?: number; outline?: number } = {}) =>
    new LocalLlmPlanner({ modelId: 'tiny', load: async () => model, timeoutMs: overrides.timeoutMs ?? 120_000, maxTokens: { outline: overrides.outline ?? 4000, scene: 2500, revise: 6000 } });

  it('loads the model and answers with JSON the schema allows, even from random weights', async () => {
    const answer = await model.session((ask) => ask({ label: 'outline', system: 'Plan a video.', prompt: 'Renting or buying?', schema: outlineSchema(4), maxTokens: 4000, signal: new AbortController().signal }));
    const value = answer.value as { title: string; scenes: { layout: string; headline: string; point: string }[] };
    expect(typeof value.title).toBe('string');
    expect(value.scenes.length).toBeGreaterThanOrEqual(2);
    expect(value.scenes.length).toBeLessThanOrEqual(4);
    for (const scene of value.scenes) expect(['title', 'presenter', 'bullets', 'quote', 'stat', 'cta']).toContain(scene.layout);
    expect(answer.tokens).toBeGreaterThan(0);
  });

  it('plans an outline, then each scene, into a valid storyboard, naming each step', async () => {
    const stages: string[] = [];
    const context = testContext({ onProgress: (_f, stage) => stage && stages.push(stage) });
    const result = await planner().plan(request, context);
    expect(result.kind).toBe('storyboard');
    if (result.kind !== 'storyboard') return;
    expect(() => validateStoryboard(result.storyboard)).not.toThrow();
    expect(stages[0]).toBe('writing the outline');
    expect(stages).toContain(`writing scene 1 of ${stages.filter((s) => s.startsWith('writing scene')).length}`);
  });

  it('stops at the token limit with a clear error', async () => {
    await expect(planner({ outline: 20 }).plan(request, testContext())).rejects.toThrow(/limit of 20 tokens before finishing the outline/);
  });

  it('stops at the time limit', async () => {
    await expect(planner({ timeoutMs: 300 }).plan(request, testContext())).rejects.toThrow(/did not finish within 0.3 s/);
  });

  it('stops when the session is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await expect(planner().plan(request, testContext({ signal: controller.signal }))).rejects.toThrow(/Cancelled/);
  });

  it('answers feedback with an edit list the schema allows', async () => {
    const { current, history } = baseStoryboard();
    const result = await planner().revise({ storyboard: current, history, message: 'make the title shorter', attachments: [], overrides: {} }, testContext());
    expect(['revised', 'approved', 'unclear']).toContain(result.kind);
    if (result.kind === 'revised') expect(() => validateStoryboard(result.storyboard)).not.toThrow();
  });

  it('falls back to the built-in rules when the model fails, saying so once', async () => {
    const chain = withFallback([
      { planner: planner({ outline: 20 }), label: 'the local model tiny' },
      { planner: new BuiltinPlanner(), label: 'the built-in rules' },
    ]);
    const result = await chain.plan({ ...request, prompt: 'The office is closed on Monday. We reopen on Tuesday at 9 am.' }, testContext());
    expect(result.kind).toBe('storyboard');
    expect(result.message).toMatch(/^The local model tiny could not do this \(.*limit of 20 tokens.*\)\. The built-in rules took over\./);
  });
});
