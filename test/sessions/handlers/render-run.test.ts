import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionKit, type SessionKit } from '../fakes/session-kit.js';

describe('a render run', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('publishes the files, completes the video and the session, and sends the success webhook', async () => {
    const id = await kit.create({ mode: 'generate', callback_url: 'https://hooks.test/x', callback_id: 'cb-1' });
    await kit.queue.drain();
    const session = await kit.store.getSession(id);
    expect(session).toMatchObject({ status: 'completed', progress: 100, run: null });
    const video = await kit.store.getVideo(session!.video_id!);
    expect(video).toMatchObject({ status: 'completed', video_key: `videos/${video!.id}/video.mp4`, storyboard_version: 1 });
    expect(kit.blobs.blobs.get(`videos/${video!.id}/captions.vtt`)?.toString()).toBe('captions.vtt of v1');
    const [ready] = await kit.messages(id);
    expect(ready).toMatchObject({ role: 'model', type: 'resource', resource_ids: [`res_${video!.id.slice(4)}`] });
    expect(ready?.content).toMatch(/^Your video is ready: \d+ s, 1920×1080\. Video id vid_/);
    expect(kit.notifications).toEqual([
      expect.objectContaining({
        event_type: 'video_agent.success',
        callback_url: 'https://hooks.test/x',
        event_data: { session_id: id, video_id: video!.id, url: `https://media.test/videos/${video!.id}/video.mp4`, callback_id: 'cb-1' },
      }),
    ]);
    const progress = kit.events.filter((e) => e.type === 'progress').map((e) => (e as { progress: number }).progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
  });

  it('a failing render fails the session and its video, with the reason in the messages and the webhook', async () => {
    kit.renderer.failWith = new Error('ffmpeg exited with code 1');
    const id = await kit.create({ mode: 'generate' });
    await kit.queue.drain();
    const session = await kit.store.getSession(id);
    expect(session).toMatchObject({ status: 'failed', error: 'ffmpeg exited with code 1.' });
    expect(await kit.store.getVideo(session!.video_id!)).toMatchObject({ status: 'failed', failure_code: 'render_failed' });
    expect((await kit.messages(id))[0]).toMatchObject({ type: 'error', content: 'ffmpeg exited with code 1.' });
    expect(kit.notifications[0]).toMatchObject({ event_type: 'video_agent.fail', event_data: { video_id: session!.video_id, msg: 'ffmpeg exited with code 1.' } });
  });

  it('a revised storyboard gets a new video, whose id replaces the old one as soon as its render is queued', async () => {
    const id = await kit.create({ auto_proceed: true });
    await kit.queue.drain();
    const first = (await kit.store.getSession(id))!.video_id;
    expect(first).toMatch(/^vid_/);
    await kit.message(id, 'remove the last scene');
    await kit.queue.runNext();
    // Revising: the completed video is still the session's latest.
    const revised = await kit.store.getSession(id);
    expect(revised).toMatchObject({ status: 'generating', storyboard_version: 2 });
    expect(revised!.video_id).not.toBe(first);
    expect(await kit.store.getVideo(revised!.video_id!)).toMatchObject({ status: 'pending', storyboard_version: 2 });
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'completed', video_id: revised!.video_id });
  });

  it('an incognito session is erased once the video is done', async () => {
    const id = await kit.create({ mode: 'generate', incognito_mode: true });
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'completed', prompt: '' });
    expect((await kit.messages(id)).every((m) => m.content === '')).toBe(true);
  });
});
