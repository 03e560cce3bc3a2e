import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../src/locks/index.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedMutex', () => {
  it('runs work on one key one at a time, in the order it was asked for', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    let inside = 0;
    let most = 0;
    const job = (name: string) =>
      mutex.run('k', async () => {
        inside++;
        most = Math.max(most, inside);
        events.push(`start ${name}`);
        await tick();
        events.push(`end ${name}`);
        inside--;
        return name;
      });
    expect(await Promise.all([job('a'), job('b'), job('c')])).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets work on different keys run at the same time', async () => {
    const mutex = new KeyedMutex();
    let inside = 0;
    let most = 0;
    const job = (key: string) =>
      mutex.run(key, async () => {
        inside++;
        most = Math.max(most, inside);
        await tick();
        inside--;
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(most).toBe(3);
  });

  it('releases the key when the work fails, and the next work still runs', async () => {
    const mutex = new KeyedMutex();
    const failing = mutex.run('k', async () => {
      await tick();
      throw new Error('boom');
    });
    const next = mutex.run('k', async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });

  it('forgets a key once nothing holds or waits for it', async () => {
    const mutex = new KeyedMutex();
    const first = mutex.run('k', tick);
    const second = mutex.run('k', tick);
    expect(mutex.isLocked('k')).toBe(true);
    await first;
    expect(mutex.isLocked('k')).toBe(true);
    await second;
    expect(mutex.isLocked('k')).toBe(false);
  });
});
