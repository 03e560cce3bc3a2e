import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, sessionKit, type SessionKit } from '../fakes/session-kit.js';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('creating a session', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('stores it thinking with a plan run answering the prompt, and says so on the bus', async () => {
    const id = await kit.create();
    const session = await kit.store.getSession(id);
    expect(session).toMatchObject({ status: 'thinking', progress: 5, video_id: null, answered_seq: 1, run: { kind: 'plan', attempt: 1 } });
    const [prompt] = await kit.store.listMessages(id, 10);
    expect(prompt).toMatchObject({ seq: 1, role: 'user', content: 'A short video about why bees matter' });
    expect(session?.run?.message_id).toBe(prompt?.id);
    expect(kit.queue.waiting).toHaveLength(1);
    expect(kit.events.map((e) => e.type)).toEqual(['message', 'status']);
  });

  it('lists the attachments of a message in its resource_ids, as user_uploaded resources', async () => {
    const id = await kit.create({ files: [{ type: 'base64', media_type: 'image/png', data: PNG_1x1 }] });
    const [prompt] = await kit.store.listMessages(id, 10);
    expect(prompt?.resource_ids).toHaveLength(1);
    const resource = await kit.store.getResource(prompt!.resource_ids![0]!, id);
    expect(resource).toMatchObject({ source_type: 'user_uploaded', resource_type: 'image', metadata: { asset_id: prompt!.attachment_ids![0], mime_type: 'image/png' } });
    await kit.queue.drain();
    await kit.manager.sendMessage(OWNER, id, { message: 'use this one too', avatar_id: null, voice_id: null, brand_kit_id: null, auto_proceed: false, files: [{ type: 'base64', media_type: 'image/png', data: PNG_1x1 }] });
    const [followUp] = await kit.store.listMessages(id, 10);
    expect(followUp?.resource_ids).toEqual([expect.stringMatching(/^res_/)]);
    expect(kit.planner.reviseRequests).toHaveLength(0);
  });

  it('refuses an unknown asset_id with 422 asset_not_available, and writes nothing', async () => {
    await expect(kit.create({ files: [{ type: 'asset_id', asset_id: 'ast_missing' }] })).rejects.toMatchObject({ code: 'asset_not_available', param: 'files[0].asset_id' });
    expect(kit.store.sessions.size).toBe(0);
  });

  it('refuses unknown ids and a key over its active limit before storing anything', async () => {
    await expect(kit.create({ style_id: 'nope' })).rejects.toMatchObject({ code: 'validation_error', param: 'style_id' });
    await expect(kit.create({ avatar_id: 'nope' })).rejects.toMatchObject({ code: 'validation_error', param: 'avatar_id' });
    await expect(kit.create({ brand_kit_id: 'nope' })).rejects.toMatchObject({ code: 'validation_error', param: 'brand_kit_id' });
    for (let i = 0; i < 3; i++) await kit.create();
    await expect(kit.create()).rejects.toMatchObject({ code: 'rate_limit_exceeded' });
    expect(kit.store.sessions.size).toBe(3);
  });
});
