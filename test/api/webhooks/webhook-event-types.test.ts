import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('GET /v3/webhooks/event-types', () => {
  it('lists {event_type, description} objects', async () => {
    const res = await h.call('GET', '/v3/webhooks/event-types');
    expect(res.statusCode).toBe(200);
    const types = res.json().data as { event_type: string; description: string }[];
    expect(types.map((type) => type.event_type)).toEqual(['video_agent.success', 'video_agent.fail']);
    for (const type of types) {
      expect(Object.keys(type).sort()).toEqual(['description', 'event_type']);
      expect(type.description.length).toBeGreaterThan(10);
    }
  });
});
