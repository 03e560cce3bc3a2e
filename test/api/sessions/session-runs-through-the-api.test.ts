import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../src/jobs/index.js';
import { SessionManager } from '../../../src/sessions/index.js';
import { answerLog, twoQueuedMessagesAnswered } from '../../sessions/fakes/answer-log.js';
import { FixedPlanner } from '../../sessions/fakes/fixed-planner.js';
import { silentTts } from '../../sessions/fakes/session-kit.js';
import { TinyRenderer } from '../../sessions/fakes/tiny-renderer.js';
import { startHarness, tinyPng, type Harness } from '../api-harness.js';

/** The API over a real SQLite store and the real session service, with a fixed planner and a tiny renderer. */
describe('session runs through the API (issue 16)', () => {
  let harness: Harness;
  let planner: FixedPlanner;
  let renderer: TinyRenderer;
  beforeEach(async () => {
    planner = new FixedPlanner();
    renderer = new TinyRenderer();
    harness = await startHarness({
      sessions: (deps) =>
        new SessionManager({
          store: deps.store,
          blobs: deps.blobs,
          queue: new InProcessQueue(),
          planner,
          tts: silentTts,
          renderer,
          webhooks: { notify: async () => undefined },
          logger: pino({ level: 'silent' }),
          linkFor: (key) => `http://ova.test/media/${key}`,
          styleIds: ['clean'],
          avatarIds: [],
          dataDir: deps.config.dataDir,
          agentTimeoutSec: 60,
          renderTimeoutSec: 60,
          maxActiveJobsPerKey: 5,
          maxUploadBytes: 1_000_000,
        }),
    });
  });
  afterEach(async () => harness.close());

  const get = async (id: string) => (await harness.call('GET', `/v3/video-agents/${id}`)).json().data;
  const until = async (id: string, check: (session: any) => boolean): Promise<any> => {
    for (let i = 0; i < 500; i++) {
      const session = await get(id);
      if (check(session)) return session;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`session ${id} never got there: ${JSON.stringify(await get(id))}`);
  };
  const create = async (body: object) => (await harness.call('POST', '/v3/video-agents', { prompt: 'A short video about why bees matter', ...body })).json().data.session_id as string;
  const send = (id: string, message: string, extra: object = {}) => harness.call('POST', `/v3/video-agents/${id}`, { message, ...extra });

  it('video_id names the video from the moment its render is queued, and a new render replaces it', async () => {
    let release = renderer.hold();
    const id = await create({ mode: 'chat', auto_proceed: true });
    const generating = await until(id, (s) => s.status === 'generating');
    expect(generating.video_id).toMatch(/^vid_/);
    expect((await harness.call('GET', `/v3/videos/${generating.video_id}`)).json().data.status).toMatch(/^(pending|processing)$/);
    release();
    const first = await until(id, (s) => s.status === 'completed');
    expect(first.video_id).toBe(generating.video_id);

    release = renderer.hold();
    expect((await send(id, 'remove the last scene')).statusCode).toBe(200);
    const second = await until(id, (s) => s.status === 'generating');
    expect(second.video_id).toMatch(/^vid_/);
    expect(second.video_id).not.toBe(first.video_id);
    expect((await harness.call('GET', `/v3/videos/${second.video_id}`)).json().data.status).toMatch(/^(pending|processing)$/);
    release();
    expect(await until(id, (s) => s.status === 'completed')).toMatchObject({ video_id: second.video_id });
  });

  it('messages sent while the agent is thinking are accepted and answered in order, each with its own answer', async () => {
    const release = planner.hold();
    const id = await create({ mode: 'chat' });
    const first = await send(id, 'remove the last scene');
    const second = await send(id, 'looks good');
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(first.json().data.run_id).not.toBe(second.json().data.run_id);
    release();
    const done = await until(id, (s) => s.status === 'completed');
    expect(answerLog(done.messages)).toEqual(twoQueuedMessagesAnswered);
  });

  it('a message sent while rendering is applied after the render, as a revision with its own video', async () => {
    const release = renderer.hold();
    const id = await create({ mode: 'chat', auto_proceed: true });
    const generating = await until(id, (s) => s.status === 'generating');
    expect((await send(id, 'remove the last scene')).statusCode).toBe(200);
    release();
    const done = await until(id, (s) => s.status === 'completed' && s.video_id !== generating.video_id);
    const videos = (await harness.call('GET', `/v3/video-agents/${id}/videos`)).json().data;
    expect(videos.map((v: any) => v.status)).toEqual(['completed', 'completed']);
    expect(done.messages[0].content).toMatch(/^Your video is ready/);
  });

  it('an unknown asset_id in files is 422 asset_not_available, on create and on a message', async () => {
    const created = await harness.call('POST', '/v3/video-agents', { prompt: 'hi', files: [{ type: 'asset_id', asset_id: 'ast_nope' }] });
    expect(created.statusCode).toBe(422);
    expect(created.json().error).toMatchObject({ code: 'asset_not_available', param: 'files[0].asset_id' });
    const id = await create({ mode: 'chat' });
    await until(id, (s) => s.status === 'reviewing');
    const message = await send(id, 'use this', { files: [{ type: 'asset_id', asset_id: 'ast_nope' }] });
    expect(message.statusCode).toBe(422);
    expect(message.json().error.code).toBe('asset_not_available');
  });

  it("a user message's attachments are listed in its resource_ids, as user_uploaded resources", async () => {
    const file = { type: 'base64', media_type: 'image/png', data: tinyPng.toString('base64') };
    const id = await create({ mode: 'chat', files: [file] });
    const reviewing = await until(id, (s) => s.status === 'reviewing');
    const prompt = reviewing.messages.at(-1);
    expect(prompt).toMatchObject({ role: 'user', resource_ids: [expect.stringMatching(/^res_/)] });
    const resource = (await harness.call('GET', `/v3/video-agents/${id}/resources/${prompt.resource_ids[0]}`)).json().data;
    expect(resource).toMatchObject({ source_type: 'user_uploaded', resource_type: 'image' });
    expect((await send(id, 'and this one', { files: [file] })).statusCode).toBe(200);
    const after = await get(id);
    const followUp = after.messages.find((m: any) => m.content === 'and this one');
    expect(followUp.resource_ids).toHaveLength(1);
  });
});
