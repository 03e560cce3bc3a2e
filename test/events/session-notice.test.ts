import { describe, expect, it } from 'vitest';
import { channelFor, parseSessionNotice, toSessionNotice, type SessionEvent } from '../../src/events/index.js';

const origin = '6f1c2f9e-1d0b-4a53-9a55-0c9a3f1f7b11';

describe('session notices (what crosses between processes)', () => {
  it('carry ids, status and progress, never a message body or a title, and stay far under the 8000-byte NOTIFY limit', () => {
    const events: SessionEvent[] = [
      { type: 'status', session_id: 'ses_1', status: 'completed', progress: 100, title: 'T'.repeat(20_000), video_id: 'vid_1' },
      { type: 'progress', session_id: 'ses_1', progress: 42.5, stage: 's'.repeat(20_000) },
      { type: 'message', session_id: 'ses_1', message: { id: 'msg_1', seq: 7, role: 'model', content: 'x'.repeat(100_000), type: 'text', created_at: 1, resource_ids: ['res_1'] } },
    ];
    for (const event of events) {
      const payload = JSON.stringify(toSessionNotice(event, origin));
      expect(Buffer.byteLength(payload)).toBeLessThan(400);
      expect(payload).not.toMatch(/TTT|xxx/);
      expect(parseSessionNotice(payload)).toEqual(JSON.parse(payload));
    }
  });

  it('anything else on the channel is ignored', () => {
    for (const payload of [undefined, '', 'not json', 'null', '42', '{"o":"a","k":"s","s":"ses_1"}', '{"o":"a","k":"z","s":"ses_1"}']) {
      expect(parseSessionNotice(payload)).toBeNull();
    }
  });

  it('the channel is named after the schema and always a valid identifier', () => {
    expect(channelFor('public')).toBe('public_session_events');
    expect(channelFor('a'.repeat(63)).length).toBeLessThanOrEqual(63);
    expect(channelFor('a'.repeat(63))).not.toBe(channelFor(`${'a'.repeat(62)}b`));
    expect(() => channelFor('bad"name')).toThrow(/schema/);
  });
});
