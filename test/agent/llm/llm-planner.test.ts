import { afterEach, describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/errors/index.js';
import { LlmPlannerError } from '../../../src/agent/llm/index.js';
import type { PlanRequest, TokenUsage } from '../../../src/agent/index.js';
import { validateStoryboard } from '../../../src/storyboard/index.js';
import { baseStoryboard, testContext } from '../test-context.js';
import { fakePlanner, script, type FakePlanner } from './llm-fixtures.js';
import type { Protocol } from './fake-llm-server.js';

const announce: PlanRequest = {
  prompt: 'Announce that Acme Notes now supports dark mode, offline sync and a 30% faster startup.',
  attachments: [],
  orientation: null,
  duration_sec: null,
  voice_id: null,
  avatar_id: null,
  style_id: null,
  skip_agentic_stop: false,
};

let open: FakePlanner[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.server.close()));
  open = [];
});
async function planner(protocol: Protocol, name: string, tuning: { timeoutMs?: number } = {}, images = true): Promise<FakePlanner> {
  const fake = await fakePlanner(protocol, script(name), tuning, images);
  open.push(fake);
  return fake;
}
const lastUserText = (body: Record<string, unknown>): string => JSON.stringify((body.messages as unknown[]).at(-1));

for (const protocol of ['openai', 'anthropic'] as const) {
  describe(`LlmPlanner over the ${protocol} protocol`, () => {
    it('retries malformed JSON, telling the model why, then plans', async () => {
      const fake = await planner(protocol, 'malformed-then-valid');
      const usage: TokenUsage[] = [];
      const result = await fake.planner.plan(announce, testContext({ onUsage: (u) => usage.push(u) }));
      expect(result.kind).toBe('storyboard');
      expect(fake.server.requests).toHaveLength(2);
      expect(lastUserText(fake.server.requests[1]!)).toMatch(/not valid JSON/);
      // Tokens of both calls are reported, the failed one included.
      expect(usage.reduce((n, u) => n + u.input_tokens + u.output_tokens, 0)).toBe(400);
    });

    it('retries output of the wrong shape, then plans', async () => {
      const fake = await planner(protocol, 'wrong-shape-then-valid');
      const result = await fake.planner.plan(announce, testContext());
      expect(result.kind).toBe('storyboard');
      expect(fake.server.requests).toHaveLength(2);
    });

    it('gives up on output that never fits, with an error that says so', async () => {
      const fake = await planner(protocol, 'always-malformed');
      const error = await fake.planner.plan(announce, testContext()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmPlannerError);
      expect((error as Error).message).toMatch(/does not fit the schema \(3 attempts/);
      expect(fake.server.requests).toHaveLength(3);
    });

    it('waits out a 429 (honouring Retry-After) and then plans', async () => {
      const fake = await planner(protocol, 'rate-limited-then-valid');
      const result = await fake.planner.plan(announce, testContext());
      expect(result.kind).toBe('storyboard');
      expect(fake.server.requests).toHaveLength(2);
    });

    it('retries 500 and 503 with backoff and then plans', async () => {
      const fake = await planner(protocol, 'server-errors-then-valid');
      const result = await fake.planner.plan(announce, testContext());
      expect(result.kind).toBe('storyboard');
      expect(fake.server.requests).toHaveLength(3);
    });

    it('ends the turn with an error after repeated 500s', async () => {
      const fake = await planner(protocol, 'always-500');
      const error = await fake.planner.plan(announce, testContext()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmPlannerError);
      expect((error as Error).message).toMatch(/did not answer the storyboard after 3 attempts \(last: HTTP 500\)/);
    });

    it('times out a call that does not answer and retries it', async () => {
      const fake = await planner(protocol, 'timeout-then-valid', { timeoutMs: 300 });
      const result = await fake.planner.plan(announce, testContext());
      expect(result.kind).toBe('storyboard');
      expect(fake.server.requests).toHaveLength(2);
    });

    it('ends the turn with an error when every call times out', async () => {
      const fake = await planner(protocol, 'always-timeout', { timeoutMs: 200 });
      const error = await fake.planner.plan(announce, testContext()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmPlannerError);
      expect((error as Error).message).toMatch(/no answer within/);
    });

    it('fails at once on a refused key, without retrying', async () => {
      const fake = await planner(protocol, 'unauthorized');
      const error = await fake.planner.plan(announce, testContext()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmPlannerError);
      expect((error as Error).message).toMatch(/HTTP 401/);
      expect(fake.server.requests).toHaveLength(1);
    });

    it('stops at once when the turn is cancelled', async () => {
      const fake = await planner(protocol, 'always-timeout', { timeoutMs: 5000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const error = await fake.planner.plan(announce, testContext({ signal: controller.signal })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CancelledError);
      expect(fake.server.requests).toHaveLength(1);
    });

    it('writes the storyboard instead of asking when skip_agentic_stop is set', async () => {
      const fake = await planner(protocol, 'question-despite-skip');
      const result = await fake.planner.plan({ ...announce, prompt: 'make a video', skip_agentic_stop: true }, testContext());
      expect(result.kind).toBe('storyboard');
      expect(lastUserText(fake.server.requests[1]!)).toMatch(/no scenes/);
    });

    it('sends a scene id that does not exist back to the model, then applies the right edit', async () => {
      const fake = await planner(protocol, 'unknown-scene-then-valid');
      const { current, history } = baseStoryboard();
      const result = await fake.planner.revise({ storyboard: current, history, message: 'get rid of the scene about pricing', attachments: [], overrides: {} }, testContext());
      expect(result.kind).toBe('revised');
      expect(lastUserText(fake.server.requests[1]!)).toMatch(/there is no scene \\"s9\\"/);
      if (result.kind === 'revised') expect(result.storyboard.scenes.map((s) => s.id)).not.toContain('s2');
    });

    it('passes the model’s question back when it makes no edit, with what it can do', async () => {
      const fake = await planner(protocol, 'revise-reply-only');
      const { current, history } = baseStoryboard();
      const result = await fake.planner.revise({ storyboard: current, history, message: 'make the music pop', attachments: [], overrides: {} }, testContext());
      expect(result.kind).toBe('unclear');
      expect(result.message).toMatch(/^Do you want the music louder or quieter\? I can/);
    });

    it('sends attached images to a model that accepts them, and not to one that does not', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0d0b20000000049454e44ae426082', 'hex');
      const attachments = [{ asset_id: 'ast_photo', mime_type: 'image/png', filename: 'photo.png', text: null, bytes: png }];
      const seeing = await planner(protocol, 'malformed-then-valid');
      await seeing.planner.plan({ ...announce, attachments }, testContext());
      const body = JSON.stringify(seeing.server.requests[0]);
      expect(body).toContain(png.toString('base64'));
      expect(body).toContain(protocol === 'openai' ? 'image_url' : '"type":"image"');
      const blind = await planner(protocol, 'malformed-then-valid', {}, false);
      await blind.planner.plan({ ...announce, attachments }, testContext());
      expect(JSON.stringify(blind.server.requests[0])).not.toContain(png.toString('base64'));
      // Either way the model is told the asset exists, so it can place it in a media scene.
      expect(JSON.stringify(blind.server.requests[0])).toContain('ast_photo');
    });

    it('asks for structured output in the protocol’s own way', async () => {
      const fake = await planner(protocol, 'rate-limited-then-valid');
      const result = await fake.planner.plan(announce, testContext());
      if (result.kind === 'storyboard') validateStoryboard(result.storyboard);
      const body = fake.server.requests[1]!;
      if (protocol === 'openai') expect((body.response_format as { type: string }).type).toBe('json_schema');
      else {
        // One JSON tool that the model must call ("any" with a single tool forces it).
        expect((body.tools as unknown[]).length).toBe(1);
        expect(['any', 'tool']).toContain((body.tool_choice as { type: string }).type);
      }
    });
  });
}
