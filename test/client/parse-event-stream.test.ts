import { describe, expect, it } from 'vitest';
import { parseEventStream, type ServerSentEvent } from '../../src/client/index.js';

/** A body delivered in the given chunks, as a network would split it. */
function bodyOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of parseEventStream(bodyOf(chunks))) events.push(event);
  return events;
}

describe('parseEventStream', () => {
  it('reads the server\'s own stream: retry, ids, named events, keep-alive comments', async () => {
    const events = await collect(['retry: 2000\n\n', 'id: 1\nevent: status\ndata: {"status":"thinking"}\n\n', ': keep-alive\n\n', 'id: 2\nevent: progress\ndata: {"progress":40}\n\n']);
    expect(events).toEqual([
      { event: 'status', data: '{"status":"thinking"}', id: '1' },
      { event: 'progress', data: '{"progress":40}', id: '2' },
    ]);
  });

  it('joins multi-line data, defaults the event name to "message", and survives any chunking and CRLF/CR line ends', async () => {
    const text = 'data: first\r\ndata:second\r\n\r\nevent: x\rdata: y\r\r';
    const whole = await collect([text]);
    expect(whole).toEqual([
      { event: 'message', data: 'first\nsecond', id: undefined },
      { event: 'x', data: 'y', id: undefined },
    ]);
    // One character at a time: a CRLF split across chunks is still one line end.
    expect(await collect([...text])).toEqual(whole);
  });

  it('drops an event cut off before its blank line', async () => {
    expect(await collect(['event: status\ndata: {"a":1}\n\nevent: status\ndata: {"a":'])).toHaveLength(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores what is neither', async () => {
    const { parseRetryAfter } = await import('../../src/client/index.js');
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter('0.5')).toBe(0.5);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
