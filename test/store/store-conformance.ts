import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, PageQuery, SessionRecord, Store } from '../../src/store/index.js';
import {
  makeAsset,
  makeDelivery,
  makeEndpoint,
  makeMessage,
  makeResource,
  makeRun,
  makeSession,
  makeVideo,
  tick,
  uid,
} from './store-fixtures.js';

/** Walks every page of a list and returns the ids in order, checking `next` is null exactly at the end. */
async function collectPages<T extends { id: string }>(
  list: (page: PageQuery) => Promise<Page<T>>,
  limit: number,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await list({ limit, cursor });
    pages++;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.next !== null) expect(page.items).toHaveLength(limit);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.next;
    if (pages > 100) throw new Error('paging does not end');
  } while (cursor !== null);
  return { ids, pages };
}

export interface StoreConformanceOptions {
  /**
   * A second store on the same database (its own connection or pool), as another process would open it; the
   * suite closes it. Without it, the concurrency tests race two callers on the one store.
   */
  openPeer?: (store: Store) => Promise<Store>;
}

/**
 * The Store contract (src/store/store.ts), run against every adapter. `makeStore` returns a fresh, migrated,
 * empty store; the suite closes it after each test.
 */
export function describeStoreConformance(name: string, makeStore: () => Promise<Store>, options: StoreConformanceOptions = {}): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    async function newSession(overrides: Partial<SessionRecord> = {}): Promise<SessionRecord> {
      const session = makeSession(overrides);
      await store.insertSession(session);
      return session;
    }

    it('migrate can run again on a migrated store', async () => {
      await store.migrate();
      const session = await newSession();
      await store.migrate();
      expect(await store.getSession(session.id)).toEqual(session);
    });

    describe('sessions', () => {
      it('stores a session and reads it back unchanged, JSON fields included', async () => {
        const session = await newSession({ run: makeRun({ kind: 'revise', message_id: 'msg_1' }), progress: 0.25, title: 'T' });
        expect(await store.getSession(session.id)).toEqual(session);
      });

      it('returns null for a missing session and for another owner', async () => {
        const session = await newSession({ owner: 'owner-a' });
        expect(await store.getSession('ses_missing')).toBeNull();
        expect(await store.getSession(session.id, 'owner-b')).toBeNull();
        expect(await store.getSession(session.id, 'owner-a')).toEqual(session);
      });

      it('updateSession applies the patch, sets updated_at and keeps the rest', async () => {
        const session = await newSession();
        const before = Date.now();
        const run = makeRun();
        const updated = await store.updateSession(session.id, { title: 'Tides', progress: 0.5, run, storyboard_version: 2 });
        expect(updated).toEqual({ ...session, title: 'Tides', progress: 0.5, run, storyboard_version: 2, updated_at: updated?.updated_at });
        expect(updated?.updated_at).toBeGreaterThanOrEqual(before);
        expect(await store.getSession(session.id)).toEqual(updated);
      });

      it('updateSession clears a run with null and can change options', async () => {
        const session = await newSession({ run: makeRun() });
        const options = { ...session.options, voice_id: 'de', auto_proceed: true };
        const updated = await store.updateSession(session.id, { run: null, options });
        expect(updated?.run).toBeNull();
        expect(updated?.options).toEqual(options);
      });

      it('updateSession returns null for a missing session', async () => {
        expect(await store.updateSession('ses_missing', { title: 'x' })).toBeNull();
      });

      it('transitionSession applies the patch when the status is one of `from`', async () => {
        const session = await newSession({ status: 'reviewing' });
        const run = makeRun({ kind: 'render' });
        const result = await store.transitionSession(session.id, ['waiting_for_input', 'reviewing'], { status: 'generating', run });
        expect(result?.status).toBe('generating');
        expect(result?.run).toEqual(run);
        expect(result?.updated_at).toBeGreaterThanOrEqual(session.updated_at);
        expect(await store.getSession(session.id)).toEqual(result);
      });

      it('transitionSession returns null and changes nothing when the status is not in `from`', async () => {
        const session = await newSession({ status: 'completed' });
        expect(await store.transitionSession(session.id, ['thinking', 'generating'], { status: 'failed', error: 'x' })).toBeNull();
        expect(await store.getSession(session.id)).toEqual(session);
      });

      it('transitionSession with an empty `from` or a missing id returns null', async () => {
        const session = await newSession();
        expect(await store.transitionSession(session.id, [], { status: 'failed' })).toBeNull();
        expect(await store.transitionSession('ses_missing', ['thinking'], { status: 'failed' })).toBeNull();
        expect((await store.getSession(session.id))?.status).toBe('thinking');
      });

      it('transitionSession also compares the run id when one is given', async () => {
        const run = makeRun();
        const session = await newSession({ status: 'thinking', run });
        expect(await store.transitionSession(session.id, ['thinking'], { status: 'failed' }, 'run_other')).toBeNull();
        expect(await store.transitionSession(session.id, ['thinking'], { status: 'failed' }, null)).toBeNull();
        const done = await store.transitionSession(session.id, ['thinking'], { status: 'reviewing', run: null }, run.run_id);
        expect(done?.status).toBe('reviewing');
        expect(done?.run).toBeNull();
      });

      it('transitionSession with runId null matches only a session without a run', async () => {
        const idle = await newSession({ status: 'waiting_for_input', run: null });
        const run = makeRun();
        const started = await store.transitionSession(idle.id, ['waiting_for_input'], { status: 'thinking', run }, null);
        expect(started?.run?.run_id).toBe(run.run_id);
        // Now it has a run: a second "start if idle" must fail even from an allowed status.
        expect(await store.transitionSession(idle.id, ['thinking'], { run: makeRun() }, null)).toBeNull();
        expect((await store.getSession(idle.id))?.run).toEqual(run);
      });

      it('transitionSession without runId ignores the run', async () => {
        const session = await newSession({ status: 'generating', run: makeRun({ kind: 'render' }) });
        const result = await store.transitionSession(session.id, ['generating'], { status: 'failed', run: null, error: 'boom' });
        expect(result).toMatchObject({ status: 'failed', run: null, error: 'boom' });
      });

      it('two concurrent transitions from the same status: exactly one wins', async () => {
        for (let round = 0; round < 10; round++) {
          const session = await newSession({ status: 'reviewing' });
          const runA = makeRun({ kind: 'render' });
          const runB = makeRun({ kind: 'revise' });
          const [a, b] = await Promise.all([
            store.transitionSession(session.id, ['reviewing'], { status: 'generating', run: runA }),
            store.transitionSession(session.id, ['reviewing'], { status: 'thinking', run: runB }),
          ]);
          expect([a, b].filter((result) => result !== null)).toHaveLength(1);
          const winner = a ?? b;
          expect(await store.getSession(session.id)).toEqual(winner);
        }
      });

      it('concurrent transitions guarded by the same run id: exactly one wins', async () => {
        const run = makeRun();
        const session = await newSession({ status: 'thinking', run });
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            store.transitionSession(session.id, ['thinking'], { run: makeRun({ attempt: 2 }) }, run.run_id),
          ),
        );
        expect(results.filter((result) => result !== null)).toHaveLength(1);
      });

      it('listSessions is newest first, scoped to the owner, and pages with an opaque cursor', async () => {
        const mine: SessionRecord[] = [];
        for (let i = 0; i < 7; i++) mine.push(await newSession({ owner: 'owner-a' }));
        await newSession({ owner: 'owner-b' });
        const expected = [...mine].reverse().map((session) => session.id);

        const all = await store.listSessions('owner-a', { limit: 100, cursor: null });
        expect(all.items.map((session) => session.id)).toEqual(expected);
        expect(all.next).toBeNull();
        expect(all.items[0]).toEqual(mine[6]);

        const paged = await collectPages((page) => store.listSessions('owner-a', page), 3);
        expect(paged.ids).toEqual(expected);
        expect(paged.pages).toBe(3);
      });

      it('listSessions returns next = null when the last page is exactly full', async () => {
        for (let i = 0; i < 4; i++) await newSession();
        const first = await store.listSessions('owner-a', { limit: 2, cursor: null });
        expect(first.next).not.toBeNull();
        const second = await store.listSessions('owner-a', { limit: 2, cursor: first.next });
        expect(second.items).toHaveLength(2);
        expect(second.next).toBeNull();
      });

      it('listSessions pages through rows that share created_at without losing or repeating any', async () => {
        const createdAt = tick();
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await newSession({ created_at: createdAt, updated_at: createdAt })).id);
        const paged = await collectPages((page) => store.listSessions('owner-a', page), 2);
        expect([...paged.ids].sort()).toEqual([...ids].sort());
        expect(new Set(paged.ids).size).toBe(5);
      });

      it('listSessions leaves out incognito sessions unless asked', async () => {
        const plain = await newSession();
        const base = makeSession();
        const secret = await newSession({ options: { ...base.options, incognito_mode: true } });
        expect((await store.listSessions('owner-a', { limit: 10, cursor: null })).items.map((s) => s.id)).toEqual([plain.id]);
        const withSecret = await store.listSessions('owner-a', { limit: 10, cursor: null }, { includeIncognito: true });
        expect(withSecret.items.map((s) => s.id)).toEqual([secret.id, plain.id]);
        // Turning incognito on later hides it too.
        await store.updateSession(plain.id, { options: { ...plain.options, incognito_mode: true } });
        expect((await store.listSessions('owner-a', { limit: 10, cursor: null })).items).toEqual([]);
      });

      it('listSessions is empty for an owner with no sessions', async () => {
        expect(await store.listSessions('nobody', { limit: 5, cursor: null })).toEqual({ items: [], next: null });
      });

      it('a cursor that the store did not make is rejected', async () => {
        await expect(store.listSessions('owner-a', { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow();
      });

      it('findSessionsByStatus finds sessions in any given status across owners', async () => {
        const a = await newSession({ owner: 'owner-a', status: 'thinking' });
        const b = await newSession({ owner: 'owner-b', status: 'generating' });
        await newSession({ owner: 'owner-a', status: 'completed' });
        const found = await store.findSessionsByStatus(['thinking', 'generating']);
        expect(found.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
        expect(found.find((s) => s.id === b.id)).toEqual(b);
        expect(await store.findSessionsByStatus([])).toEqual([]);
        expect(await store.findSessionsByStatus(['failed'])).toEqual([]);
      });
    });

    describe('messages', () => {
      it('appendMessage assigns seq 1, 2, 3 within each session', async () => {
        const one = await newSession();
        const two = await newSession();
        const m1 = await store.appendMessage(makeMessage(one.id));
        const m2 = await store.appendMessage(makeMessage(one.id, { role: 'model' }));
        const n1 = await store.appendMessage(makeMessage(two.id));
        const m3 = await store.appendMessage(makeMessage(one.id));
        expect([m1.seq, m2.seq, m3.seq, n1.seq]).toEqual([1, 2, 3, 1]);
      });

      it('appendMessage returns the stored message, JSON arrays included', async () => {
        const session = await newSession();
        const input = makeMessage(session.id, { type: 'resource', resource_ids: ['res_1', 'res_2'], attachment_ids: ['ast_1'] });
        const stored = await store.appendMessage(input);
        expect(stored).toEqual({ ...input, seq: 1 });
        expect(await store.getMessage(input.id)).toEqual(stored);
      });

      it('concurrent appends get distinct, consecutive seq numbers', async () => {
        const session = await newSession();
        const createdAt = tick();
        const stored = await Promise.all(
          Array.from({ length: 20 }, () => store.appendMessage(makeMessage(session.id, { created_at: createdAt }))),
        );
        expect(stored.map((m) => m.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      });

      it('listMessages is newest first (by seq) and honours the limit', async () => {
        const session = await newSession();
        const createdAt = tick();
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await store.appendMessage(makeMessage(session.id, { created_at: createdAt, content: `m${i}` }))).id);
        const latest = await store.listMessages(session.id, 3);
        expect(latest.map((m) => m.id)).toEqual([ids[4], ids[3], ids[2]]);
        expect(latest.map((m) => m.seq)).toEqual([5, 4, 3]);
        expect(await store.listMessages(session.id, 100)).toHaveLength(5);
        expect(await store.listMessages('ses_missing', 10)).toEqual([]);
      });

      it('getMessage returns null for a missing id', async () => {
        expect(await store.getMessage('msg_missing')).toBeNull();
      });

      it('eraseMessages blanks the text of one session only', async () => {
        const secret = await newSession();
        const other = await newSession();
        const a = await store.appendMessage(makeMessage(secret.id, { content: 'my secret', resource_ids: ['res_1'] }));
        await store.appendMessage(makeMessage(secret.id, { role: 'model', content: 'answer' }));
        const b = await store.appendMessage(makeMessage(other.id, { content: 'keep me' }));
        await store.eraseMessages(secret.id);
        const erased = await store.listMessages(secret.id, 10);
        expect(erased.map((m) => m.content)).toEqual(['', '']);
        expect(await store.getMessage(a.id)).toEqual({ ...a, content: '' });
        expect((await store.getMessage(b.id))?.content).toBe('keep me');
      });
    });

    describe('resources', () => {
      it('stores a resource and finds it only within its session', async () => {
        const session = await newSession();
        const other = await newSession();
        const resource = makeResource(session.id, { blob_key: 'sessions/x/draft-1.json', thumbnail_key: 't.jpg' });
        await store.insertResource(resource);
        expect(await store.getResource(resource.id, session.id)).toEqual(resource);
        expect(await store.getResource(resource.id, other.id)).toBeNull();
        expect(await store.getResource('res_missing', session.id)).toBeNull();
      });

      it('listResources lists a session’s resources oldest first', async () => {
        const session = await newSession();
        const other = await newSession();
        const first = makeResource(session.id, { metadata: { version: 1 } });
        const second = makeResource(session.id, { metadata: { version: 2 }, resource_type: 'image' });
        await store.insertResource(second);
        await store.insertResource(first);
        await store.insertResource(makeResource(other.id));
        expect(await store.listResources(session.id)).toEqual([first, second]);
      });
    });

    describe('videos', () => {
      it('stores, reads (owner-scoped), updates and deletes a video', async () => {
        const session = await newSession();
        const video = makeVideo(session.id);
        await store.insertVideo(video);
        expect(await store.getVideo(video.id)).toEqual(video);
        expect(await store.getVideo(video.id, 'owner-a')).toEqual(video);
        expect(await store.getVideo(video.id, 'owner-b')).toBeNull();

        const patch = { status: 'completed' as const, video_key: 'v.mp4', duration: 31.5, completed_at: tick() };
        const done = await store.updateVideo(video.id, patch);
        expect(done).toEqual({ ...video, ...patch });
        expect(await store.getVideo(video.id)).toEqual(done);
        expect(await store.updateVideo('vid_missing', { status: 'failed' })).toBeNull();

        await store.deleteVideo(video.id);
        expect(await store.getVideo(video.id)).toBeNull();
        await store.deleteVideo(video.id);
      });

      it('listVideos is newest first, owner-scoped, optionally per session, and pages', async () => {
        const one = await newSession();
        const two = await newSession();
        const videos = [];
        for (let i = 0; i < 5; i++) {
          const video = makeVideo(i % 2 === 0 ? one.id : two.id);
          await store.insertVideo(video);
          videos.push(video);
        }
        await store.insertVideo(makeVideo(one.id, { owner: 'owner-b' }));
        const expected = [...videos].reverse().map((v) => v.id);
        expect((await collectPages((page) => store.listVideos('owner-a', page), 2)).ids).toEqual(expected);
        const ofOne = await store.listVideos('owner-a', { limit: 10, cursor: null }, one.id);
        expect(ofOne.items.map((v) => v.id)).toEqual([videos[4]?.id, videos[2]?.id, videos[0]?.id]);
        expect(ofOne.next).toBeNull();
      });
    });

    describe('assets', () => {
      it('stores, reads (owner-scoped) and updates an asset', async () => {
        const asset = makeAsset();
        await store.insertAsset(asset);
        expect(await store.getAsset(asset.id)).toEqual(asset);
        expect(await store.getAsset(asset.id, 'owner-b')).toBeNull();
        const ready = await store.updateAsset(asset.id, { status: 'ready', sha256: 'ab'.repeat(32), size_bytes: 99 });
        expect(ready).toEqual({ ...asset, status: 'ready', sha256: 'ab'.repeat(32), size_bytes: 99 });
        expect(await store.getAsset(asset.id, 'owner-a')).toEqual(ready);
        expect(await store.updateAsset('ast_missing', { status: 'ready' })).toBeNull();
      });
    });

    describe('webhook deliveries', () => {
      it('stores a delivery and updates its attempts and status', async () => {
        const delivery = makeDelivery({ next_attempt_at: tick() });
        await store.insertWebhookDelivery(delivery);
        const attempts = [{ at: tick(), status_code: 500, error: null, duration_ms: 12 }];
        await store.updateWebhookDelivery(delivery.id, { attempts, next_attempt_at: null, status: 'failed' });
        const page = await store.listWebhookDeliveries('owner-a', { limit: 10, cursor: null });
        expect(page.items).toEqual([{ ...delivery, attempts, next_attempt_at: null, status: 'failed' }]);
      });

      it('dueWebhookDeliveries returns pending deliveries whose time has come, oldest due first, up to the limit', async () => {
        const now = tick();
        const late = makeDelivery({ next_attempt_at: now - 5000 });
        const onTime = makeDelivery({ next_attempt_at: now });
        const later = makeDelivery({ next_attempt_at: now + 1 });
        const delivered = makeDelivery({ next_attempt_at: now - 9000, status: 'delivered' });
        const unscheduled = makeDelivery({ next_attempt_at: null });
        for (const d of [onTime, late, later, delivered, unscheduled]) await store.insertWebhookDelivery(d);
        expect((await store.dueWebhookDeliveries(now, 10)).map((d) => d.id)).toEqual([late.id, onTime.id]);
        expect((await store.dueWebhookDeliveries(now, 1)).map((d) => d.id)).toEqual([late.id]);
        expect(await store.dueWebhookDeliveries(now - 10_000, 10)).toEqual([]);
      });

      it('claimWebhookDeliveries leases due deliveries, oldest due first, and not again while the lease runs', async () => {
        const now = tick();
        const late = makeDelivery({ next_attempt_at: now - 5000 });
        const onTime = makeDelivery({ next_attempt_at: now });
        const later = makeDelivery({ next_attempt_at: now + 500 });
        const delivered = makeDelivery({ next_attempt_at: now - 9000, status: 'delivered' });
        const unscheduled = makeDelivery({ next_attempt_at: null });
        for (const d of [onTime, late, later, delivered, unscheduled]) await store.insertWebhookDelivery(d);

        const first = await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'a', limit: 10 });
        // The records are the deliveries as stored: the lease is not part of them.
        expect(first).toEqual([late, onTime]);
        expect(await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'b', limit: 10 })).toEqual([]);
        // Still listed as they were (a lease does not change a delivery's status or schedule).
        expect((await store.listWebhookDeliveries('owner-a', { limit: 10, cursor: null })).items).toContainEqual(late);
        // After the lease ran out (its holder died), another claimer takes them, along with what came due since.
        const taken = await store.claimWebhookDeliveries({ now: now + 1001, leaseUntil: now + 5000, claimant: 'b', limit: 2 });
        expect(taken.map((d) => d.id)).toEqual([late.id, onTime.id]);
        const rest = await store.claimWebhookDeliveries({ now: now + 1001, leaseUntil: now + 5000, claimant: 'b', limit: 2 });
        expect(rest.map((d) => d.id)).toEqual([later.id]);
        expect(await store.claimWebhookDeliveries({ now: now + 1001, leaseUntil: now + 5000, claimant: 'c', limit: 0 })).toEqual([]);
      });

      it('claimWebhookDeliveries with ids claims only among those', async () => {
        const now = tick();
        const one = makeDelivery({ next_attempt_at: now });
        const two = makeDelivery({ next_attempt_at: now });
        await store.insertWebhookDelivery(one);
        await store.insertWebhookDelivery(two);
        const claimed = await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'a', limit: 10, ids: [two.id, 'whd_missing'] });
        expect(claimed.map((d) => d.id)).toEqual([two.id]);
        expect(await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'a', limit: 10, ids: [] })).toEqual([]);
        expect((await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'b', limit: 10 })).map((d) => d.id)).toEqual([one.id]);
      });

      it('settleWebhookDelivery writes only for the lease holder, and frees the lease', async () => {
        const now = tick();
        const delivery = makeDelivery({ next_attempt_at: now });
        await store.insertWebhookDelivery(delivery);
        await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'a', limit: 1 });
        const attempts = [{ at: now, status_code: 500, error: 'The receiver answered 500.', duration_ms: 3 }];
        expect(await store.settleWebhookDelivery(delivery.id, 'b', { attempts, next_attempt_at: now })).toBe(false);
        expect((await store.listWebhookDeliveries('owner-a', { limit: 10, cursor: null })).items).toEqual([delivery]);
        expect(await store.settleWebhookDelivery(delivery.id, 'a', { attempts, next_attempt_at: now })).toBe(true);
        expect((await store.listWebhookDeliveries('owner-a', { limit: 10, cursor: null })).items).toEqual([{ ...delivery, attempts }]);
        // The lease is released at once: the retry (due again) is claimable before the lease would have run out.
        const again = await store.claimWebhookDeliveries({ now, leaseUntil: now + 1000, claimant: 'b', limit: 1 });
        expect(again).toEqual([{ ...delivery, attempts }]);
        // A holder whose lease was taken over cannot settle any more.
        expect(await store.settleWebhookDelivery(delivery.id, 'a', { status: 'delivered', next_attempt_at: null })).toBe(false);
        expect(await store.settleWebhookDelivery(delivery.id, 'b', { status: 'delivered', next_attempt_at: null })).toBe(true);
        expect(await store.claimWebhookDeliveries({ now: now + 5000, leaseUntil: now + 9000, claimant: 'c', limit: 1 })).toEqual([]);
      });

      it('two claimers racing (two connections when the adapter has them) get disjoint deliveries, and all of them', async () => {
        const peer = options.openPeer ? await options.openPeer(store) : store;
        try {
          const now = tick();
          const ids: string[] = [];
          for (let i = 0; i < 40; i++) {
            const delivery = makeDelivery({ next_attempt_at: now - i });
            await store.insertWebhookDelivery(delivery);
            ids.push(delivery.id);
          }
          // Both connected before the race starts, so neither drains the table while the other is still connecting.
          await Promise.all([store.listWebhookDeliveries('owner-a', { limit: 1, cursor: null }), peer.listWebhookDeliveries('owner-a', { limit: 1, cursor: null })]);
          const got: Record<string, string[]> = { a: [], b: [] };
          // Three loops per claimer, each claiming a few at a time until nothing is left: every claim races others.
          const loop = async (on: Store, claimant: 'a' | 'b') => {
            for (;;) {
              const claimed = await on.claimWebhookDeliveries({ now, leaseUntil: now + 60_000, claimant, limit: 3 });
              if (claimed.length === 0) return;
              got[claimant]!.push(...claimed.map((d) => d.id));
            }
          };
          await Promise.all([loop(store, 'a'), loop(peer, 'b'), loop(store, 'a'), loop(peer, 'b'), loop(store, 'a'), loop(peer, 'b')]);
          const all = [...got.a!, ...got.b!];
          expect(all).toHaveLength(ids.length);
          expect(new Set(all)).toEqual(new Set(ids));
          expect(got.a!.length).toBeGreaterThan(0);
          expect(got.b!.length).toBeGreaterThan(0);
        } finally {
          if (peer !== store) await peer.close();
        }
      });

      it('listWebhookDeliveries is newest first, owner-scoped, and pages', async () => {
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) {
          const delivery = makeDelivery();
          await store.insertWebhookDelivery(delivery);
          ids.push(delivery.id);
        }
        await store.insertWebhookDelivery(makeDelivery({ owner: 'owner-b' }));
        expect((await collectPages((page) => store.listWebhookDeliveries('owner-a', page), 2)).ids).toEqual(ids.reverse());
      });
    });

    describe('webhook endpoints', () => {
      it('stores, reads (owner-scoped), updates and deletes an endpoint', async () => {
        const endpoint = makeEndpoint();
        await store.insertWebhookEndpoint(endpoint);
        expect(await store.getWebhookEndpoint(endpoint.id, 'owner-a')).toEqual(endpoint);
        expect(await store.getWebhookEndpoint(endpoint.id, 'owner-b')).toBeNull();
        const updated = await store.updateWebhookEndpoint(endpoint.id, { events: ['avatar_video.fail'], status: 'disabled' });
        expect(updated).toEqual({ ...endpoint, events: ['avatar_video.fail'], status: 'disabled' });
        expect(await store.updateWebhookEndpoint('whe_missing', { status: 'active' })).toBeNull();
        await store.deleteWebhookEndpoint(endpoint.id);
        expect(await store.getWebhookEndpoint(endpoint.id, 'owner-a')).toBeNull();
      });

      it('listWebhookEndpoints is newest first, owner-scoped, and pages', async () => {
        const ids: string[] = [];
        for (let i = 0; i < 3; i++) {
          const endpoint = makeEndpoint();
          await store.insertWebhookEndpoint(endpoint);
          ids.push(endpoint.id);
        }
        await store.insertWebhookEndpoint(makeEndpoint({ owner: 'owner-b' }));
        expect((await collectPages((page) => store.listWebhookEndpoints('owner-a', page), 2)).ids).toEqual(ids.reverse());
      });
    });

    describe('idempotency keys', () => {
      it('the first claim wins (null); a second claim returns the stored row', async () => {
        const key = uid('idem');
        const first = { owner: 'owner-a', key, body_hash: 'h1', response: null, created_at: tick() };
        expect(await store.claimIdempotencyKey(first)).toBeNull();
        expect(await store.claimIdempotencyKey({ ...first, body_hash: 'h2', created_at: tick() })).toEqual(first);
        // Keys are per owner.
        expect(await store.claimIdempotencyKey({ ...first, owner: 'owner-b' })).toBeNull();
      });

      it('completeIdempotencyKey stores the response that later claims see', async () => {
        const record = { owner: 'owner-a', key: uid('idem'), body_hash: 'h', response: null, created_at: tick() };
        await store.claimIdempotencyKey(record);
        const response = { status: 201, body: { data: { session_id: 'ses_1', list: [1, 2] } } };
        await store.completeIdempotencyKey('owner-a', record.key, response);
        expect(await store.claimIdempotencyKey({ ...record, created_at: tick() })).toEqual({ ...record, response });
      });

      it('releaseIdempotencyKey frees the key for a new claim', async () => {
        const record = { owner: 'owner-a', key: uid('idem'), body_hash: 'h', response: null, created_at: tick() };
        await store.claimIdempotencyKey(record);
        await store.releaseIdempotencyKey('owner-a', record.key);
        expect(await store.claimIdempotencyKey(record)).toBeNull();
      });

      it('concurrent claims of one key: exactly one wins', async () => {
        const key = uid('idem');
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            store.claimIdempotencyKey({ owner: 'owner-a', key, body_hash: `h${i}`, response: null, created_at: tick() }),
          ),
        );
        expect(results.filter((result) => result === null)).toHaveLength(1);
      });

      it('pruneIdempotencyKeys deletes only rows older than `before`', async () => {
        const old = { owner: 'owner-a', key: uid('idem'), body_hash: 'h', response: null, created_at: 1_000 };
        const fresh = { owner: 'owner-a', key: uid('idem'), body_hash: 'h', response: null, created_at: 5_000 };
        await store.claimIdempotencyKey(old);
        await store.claimIdempotencyKey(fresh);
        await store.pruneIdempotencyKeys(5_000);
        expect(await store.claimIdempotencyKey(old)).toBeNull();
        expect(await store.claimIdempotencyKey(fresh)).toEqual(fresh);
      });
    });

    describe('owner locks', () => {
      it('withOwnerLock lets one holder at a time through per owner and name, across stores on one database', async () => {
        const peer = options.openPeer ? await options.openPeer(store) : store;
        try {
          let inside = 0;
          let most = 0;
          const hold = (on: Store, owner: string) =>
            on.withOwnerLock(owner, 'things', async () => {
              inside++;
              most = Math.max(most, inside);
              await new Promise((resolve) => setTimeout(resolve, 15));
              inside--;
              return owner;
            });
          expect(await Promise.all([hold(store, 'owner-a'), hold(peer, 'owner-a'), hold(store, 'owner-a'), hold(peer, 'owner-a')])).toEqual([
            'owner-a',
            'owner-a',
            'owner-a',
            'owner-a',
          ]);
          expect(most).toBe(1);
        } finally {
          if (peer !== store) await peer.close();
        }
      });

      it('withOwnerLock does not hold other owners or other names back, and a failing holder releases the lock', async () => {
        const order: string[] = [];
        let release!: () => void;
        const held = store.withOwnerLock('owner-a', 'things', () => new Promise<void>((resolve) => (release = resolve)));
        await store.withOwnerLock('owner-b', 'things', async () => void order.push('other owner'));
        await store.withOwnerLock('owner-a', 'other-things', async () => void order.push('other name'));
        release();
        await held;
        await expect(store.withOwnerLock('owner-a', 'things', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
        expect(await store.withOwnerLock('owner-a', 'things', async () => 'after')).toBe('after');
        expect(order).toEqual(['other owner', 'other name']);
      });
    });
  });
}
