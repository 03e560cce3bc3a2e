import { describe, expect, it } from 'vitest';
import { InProcessEventBus, type SessionEvent } from '../../src/events/index.js';
import { sessionTransitions } from '../../src/sessions/index.js';
import { IllegalTransitionError, SessionWriter } from '../../src/sessions/session-writer.js';
import { sessionStatuses } from '../../src/store/index.js';
import { MemoryStore } from './fakes/memory-store.js';
import { seedSession } from './fakes/session-rows.js';

const pairs = sessionStatuses.flatMap((from) => sessionStatuses.map((to) => [from, to] as const));
const allowed = (from: (typeof sessionStatuses)[number], to: (typeof sessionStatuses)[number]) => (sessionTransitions[from] as readonly string[]).includes(to);

describe('the session status writer', () => {
  it.each(pairs.filter(([from, to]) => allowed(from, to)))('moves a session from %s to %s, and says so on the bus', async (from, to) => {
    const store = new MemoryStore();
    const bus = new InProcessEventBus();
    const heard: SessionEvent[] = [];
    bus.subscribe('*', (event) => heard.push(event));
    const session = await seedSession(store, from);
    const moved = await new SessionWriter(store.asStore(), bus).moveTo(session.id, to, { from: [from] });
    expect(moved?.status).toBe(to);
    expect((await store.getSession(session.id))?.status).toBe(to);
    expect(heard).toEqual([expect.objectContaining({ type: 'status', session_id: session.id, status: to })]);
  });

  it.each(pairs.filter(([from, to]) => !allowed(from, to)))('refuses to move a session from %s to %s, and writes nothing', async (from, to) => {
    const store = new MemoryStore();
    const bus = new InProcessEventBus();
    const heard: SessionEvent[] = [];
    bus.subscribe('*', (event) => heard.push(event));
    const session = await seedSession(store, from);
    await expect(new SessionWriter(store.asStore(), bus).moveTo(session.id, to, { from: [from] })).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await store.getSession(session.id))?.status).toBe(from);
    expect(heard).toEqual([]);
  });

  it('without `from`, reaches the target only from a status the table allows', async () => {
    const store = new MemoryStore();
    const writer = new SessionWriter(store.asStore(), new InProcessEventBus());
    const failed = await seedSession(store, 'failed');
    expect(await writer.moveTo(failed.id, 'thinking')).toBeNull();
    const reviewing = await seedSession(store, 'reviewing');
    expect((await writer.moveTo(reviewing.id, 'thinking'))?.status).toBe('thinking');
  });

  it('is a compare-and-set on the run: a stale run cannot move the session', async () => {
    const store = new MemoryStore();
    const writer = new SessionWriter(store.asStore(), new InProcessEventBus());
    const run = { run_id: 'run_current', kind: 'plan' as const, attempt: 1, started_at: 0, deadline_at: 1, message_id: null, video_id: null };
    const session = await seedSession(store, 'thinking', { run });
    expect(await writer.moveTo(session.id, 'reviewing', { runId: 'run_stale' })).toBeNull();
    expect((await writer.moveTo(session.id, 'reviewing', { runId: 'run_current', patch: { run: null } }))?.status).toBe('reviewing');
  });

  it('patches other fields without ever changing the status', async () => {
    const store = new MemoryStore();
    const writer = new SessionWriter(store.asStore(), new InProcessEventBus());
    const session = await seedSession(store, 'thinking');
    const smuggled = { progress: 30, status: 'completed' } as unknown as Parameters<SessionWriter['patch']>[1];
    expect(await writer.patch(session.id, smuggled)).toMatchObject({ status: 'thinking', progress: 30 });
  });
});

describe('src/sessions', () => {
  it('writes session rows only through SessionWriter (handlers get a Store without the session writes)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../../src/sessions/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts') && f !== 'session-writer.ts');
    const writers: string[] = [];
    for (const file of files) {
      const source = await readFile(new URL(file, root), 'utf8');
      if (/\.(transitionSession|updateSession|insertSession)\(/.test(source)) writers.push(file);
    }
    expect(writers).toEqual([]);
  });
});
