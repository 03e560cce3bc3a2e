import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey } from '../../../src/api/index.js';
import type { SessionRecord, VideoRecord } from '../../../src/store/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const ownerA = ownerFromKey(KEY_A);

function session(id: string, owner: string): SessionRecord {
  return {
    id,
    owner,
    mode: 'generate',
    status: 'completed',
    prompt: 'p',
    title: 'T',
    progress: 100,
    video_id: null,
    options: { avatar_id: null, voice_id: null, style_id: null, brand_kit_id: null, orientation: null, duration_sec: null, auto_proceed: false, skip_agentic_stop: false, incognito_mode: false, callback_url: null, callback_id: null },
    storyboard_version: 1,
    run: null,
    error: null,
    usage: { input_tokens: 0, output_tokens: 0 },
    answered_seq: 0,
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
  };
}

function video(id: string, owner: string, sessionId: string, extra: Partial<VideoRecord> = {}): VideoRecord {
  return {
    id,
    session_id: sessionId,
    owner,
    status: 'completed',
    title: 'My video',
    storyboard_version: 1,
    video_key: `sessions/${sessionId}/${id}.mp4`,
    captioned_video_key: `sessions/${sessionId}/${id}-captioned.mp4`,
    thumbnail_key: `sessions/${sessionId}/${id}.jpg`,
    gif_key: null,
    subtitle_key: `sessions/${sessionId}/${id}.srt`,
    duration: 12.5,
    failure_code: null,
    failure_message: null,
    created_at: 1_700_000_000_123,
    completed_at: 1_700_000_060_999,
    ...extra,
  };
}

beforeAll(async () => {
  h = await startHarness();
  await h.deps.store.insertSession(session('ses_a', ownerA));
  await h.deps.store.insertSession(session('ses_b', ownerFromKey(KEY_B)));
  for (let i = 0; i < 3; i++) {
    const v = video(`vid_a${i}`, ownerA, 'ses_a', { created_at: 1_700_000_000_000 + i * 1000 });
    await h.deps.store.insertVideo(v);
    await h.deps.blobs.put(v.video_key!, Buffer.from(`mp4 ${i}`));
    await h.deps.blobs.put(v.subtitle_key!, Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nHi\n'));
  }
  await h.deps.store.insertVideo(video('vid_b', ownerFromKey(KEY_B), 'ses_b'));
  await h.deps.store.insertVideo(video('vid_busy', ownerA, 'ses_a', { status: 'processing', video_key: null, completed_at: null }));
});
afterAll(async () => {
  await h.close();
});

describe('GET /v3/videos/:id', () => {
  it('shows the video with signed urls and Unix-second timestamps', async () => {
    const res = await h.call('GET', '/v3/videos/vid_a0');
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ id: 'vid_a0', status: 'completed', title: 'My video', created_at: 1_700_000_000, completed_at: 1_700_000_060, duration: 12.5, gif_url: null, failure_code: null, session_id: 'ses_a' });
    expect(data.video_url).toMatch(/^http:\/\/ova\.test\/media\//);
    const file = await h.app.inject({ method: 'GET', url: new URL(data.video_url).pathname });
    expect(file.body).toBe('mp4 0');
    expect(file.headers['content-type']).toBe('video/mp4');
    const srt = await h.app.inject({ method: 'GET', url: new URL(data.subtitle_url).pathname });
    expect(srt.headers['content-type']).toContain('application/x-subrip');
  });

  it('hides another key\'s video and unknown ids behind 404', async () => {
    expect((await h.call('GET', '/v3/videos/vid_b')).statusCode).toBe(404);
    const unknown = await h.call('GET', '/v3/videos/vid_nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });
});

describe('GET /v3/videos', () => {
  it('lists only the key\'s videos, newest first, paged by token', async () => {
    const first = await h.call('GET', '/v3/videos?limit=2');
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.data).toHaveLength(2);
    expect(body.has_more).toBe(true);
    expect(typeof body.next_token).toBe('string');
    const second = (await h.call('GET', `/v3/videos?limit=2&token=${encodeURIComponent(body.next_token)}`)).json();
    const ids = [...body.data, ...second.data].map((v: { id: string }) => v.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).not.toContain('vid_b');
    expect(second.has_more).toBe(false);
    expect(second.next_token).toBeNull();
  });
});

describe('DELETE /v3/videos/:id', () => {
  it('deletes the video and its files', async () => {
    const before = (await h.call('GET', '/v3/videos/vid_a1')).json().data;
    const res = await h.call('DELETE', '/v3/videos/vid_a1');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ id: 'vid_a1', deleted: true });
    expect(await h.deps.blobs.stat('sessions/ses_a/vid_a1.mp4')).toBeNull();
    expect(await h.deps.blobs.stat('sessions/ses_a/vid_a1.srt')).toBeNull();
    expect((await h.call('GET', '/v3/videos/vid_a1')).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: new URL(before.video_url).pathname })).statusCode).toBe(404);
  });

  it('refuses another key\'s video (404) and one still rendering (409)', async () => {
    expect((await h.call('DELETE', '/v3/videos/vid_b')).statusCode).toBe(404);
    const busy = await h.call('DELETE', '/v3/videos/vid_busy');
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('conflict');
  });
});
