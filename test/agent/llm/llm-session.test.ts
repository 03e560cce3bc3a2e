import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMedia, startTestServer, type TestServer } from '../../support/test-server.js';
import { startFakeLlm, type FakeLlm } from './fake-llm-server.js';
import { script } from './llm-fixtures.js';

/*
 * The whole server with an LLM planner configured, talking to a fake OpenAI-compatible server over
 * real HTTP: a plan, then a revision whose model output never fits, which the built-in rules take over
 * (saying so once), then a revision the model does again.
 */
describe('a session planned by an LLM', () => {
  let fake: FakeLlm;
  let server: TestServer;
  const plan = script('malformed-then-valid')[1]!;
  const garbage = script('always-malformed')[0]!;
  let reviseReplies = 0;
  beforeAll(async () => {
    fake = await startFakeLlm('openai', (body) => {
      const text = JSON.stringify(body.messages);
      if (text.includes('User feedback')) return reviseReplies++ < 3 ? garbage : { output: { operations: [{ op: 'set_captions', enabled: false }], reply: null, not_understood: [] } };
      return plan;
    });
    server = await startTestServer({
      llm: { provider: 'openai-compatible', baseUrl: fake.url, apiKey: 'test', model: 'fake-model', timeoutSec: 10, maxAttempts: 3, images: false, structuredOutputs: true },
    }, { adapters: fakeMedia() });
  });
  afterAll(async () => {
    await server.dispose();
    await fake.close();
  });

  it('plans through the model, falls back to the built-in rules for a failed revision, then revises through the model again', async () => {
    const created = await server.call('POST', '/v3/video-agents', { prompt: 'Announce that Acme Notes now supports dark mode, offline sync and a 30% faster startup.', mode: 'chat' });
    expect(created.status).toBe(200);
    const id = created.body.data.session_id as string;
    const reviewing = await server.waitFor(id, ['reviewing', 'failed']);
    expect(reviewing.status).toBe('reviewing');
    expect(reviewing.title).toBe('Acme Notes: Dark Mode, Offline Sync and a Faster Start');
    // The model's tokens are recorded on the session (the fake server reports them as OpenAI does).
    expect(reviewing.usage.input_tokens).toBeGreaterThan(0);
    expect(reviewing.usage.output_tokens).toBeGreaterThan(0);
    const planned = reviewing.usage.input_tokens as number;

    await server.call('POST', `/v3/video-agents/${id}`, { message: 'turn off the captions' });
    await new Promise((r) => setTimeout(r, 200));
    const after = await server.waitFor(id, ['reviewing', 'waiting_for_input', 'failed']);
    expect(after.status).toBe('reviewing');
    const notes = after.messages.filter((m: { content: string }) => /could not do this/.test(m.content));
    expect(notes).toHaveLength(1);
    expect(notes[0].content).toMatch(/The language model fake-model could not do this \(.*does not fit the schema.*\)\. The built-in rules took over\./);

    // The next message goes to the model again.
    const again = await server.call('POST', `/v3/video-agents/${id}`, { message: 'turn off the captions' });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const revised = await server.waitFor(id, ['reviewing', 'waiting_for_input', 'failed']);
    expect(revised.messages.some((m: { content: string }) => /captions/i.test(m.content) && /about \d+ s/.test(m.content))).toBe(true);
    // Every turn's calls add up, the failed one's included.
    expect(revised.usage.input_tokens).toBeGreaterThan(planned);
  });
});
