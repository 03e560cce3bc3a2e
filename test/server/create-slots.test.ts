import { describe, expect, it } from 'vitest';
import { createSlots } from '../../src/server/create-slots.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createSlots', () => {
  it('runs at most `limit` at once, the rest in the order they came, and frees the slot of one that throws', async () => {
    const slot = createSlots(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (i: number) =>
      slot(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await tick();
        running -= 1;
        if (i === 1) throw new Error('job 1 failed');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(job));
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    // Every slot came back: a full batch runs again at once.
    await Promise.all([5, 6].map(job));
    expect(most).toBe(2);
  });
});
