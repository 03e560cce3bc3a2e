import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaLinks, mediaUrl, parseByteRange } from '../../../src/api/index.js';
import { LINK_SECRET, startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
beforeAll(async () => {
  h = await startHarness();
  await h.deps.blobs.put('tests/clip.mp4', bytes);
});
afterAll(async () => {
  await h.close();
});

function pathOf(url: string): string {
  return new URL(url).pathname;
}

describe('signed media links', () => {
  it('serves the whole blob with type, length and Accept-Ranges, without an API key', async () => {
    const url = mediaUrl(h.app, 'tests/clip.mp4', { filename: 'My clip.mp4' })!;
    expect(url.startsWith('http://ova.test/media/')).toBe(true);
    const res = await h.app.inject({ method: 'GET', url: pathOf(url) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.headers['content-length']).toBe('1000');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-disposition']).toContain('filename="My clip.mp4"');
    expect(res.headers['x-request-id']).toBeDefined();
    expect(res.rawPayload.equals(bytes)).toBe(true);
  });

  it('answers Range requests with 206 and the right bytes', async () => {
    const url = pathOf(mediaUrl(h.app, 'tests/clip.mp4')!);
    const cases: Array<[string, number, number]> = [
      ['bytes=10-19', 10, 19],
      ['bytes=990-', 990, 999],
      ['bytes=-5', 995, 999],
      ['bytes=995-5000', 995, 999],
    ];
    for (const [range, start, end] of cases) {
      const res = await h.app.inject({ method: 'GET', url, headers: { range } });
      expect(res.statusCode, range).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/1000`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(res.rawPayload.equals(bytes.subarray(start, end + 1))).toBe(true);
    }
  });

  it('answers an unsatisfiable range with 416 and Content-Range bytes */size', async () => {
    const res = await h.app.inject({ method: 'GET', url: pathOf(mediaUrl(h.app, 'tests/clip.mp4')!), headers: { range: 'bytes=1000-' } });
    expect(res.statusCode).toBe(416);
    expect(res.headers['content-range']).toBe('bytes */1000');
    expect(res.json().error).toMatchObject({ code: 'validation_error', param: 'Range' });
  });

  it('answers HEAD with the headers and no body', async () => {
    const url = pathOf(mediaUrl(h.app, 'tests/clip.mp4')!);
    const res = await h.app.inject({ method: 'HEAD', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe('1000');
    expect(res.body).toBe('');
    const ranged = await h.app.inject({ method: 'HEAD', url, headers: { range: 'bytes=0-9' } });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-length']).toBe('10');
  });

  it('answers a tampered token with 404 not_found', async () => {
    const token = pathOf(mediaUrl(h.app, 'tests/clip.mp4')!).split('/').pop()!;
    const [body, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), k: 'tests/other.mp4' })).toString('base64url');
    for (const bad of [`${forged}.${sig}`, `${body}.${sig.slice(0, -2)}AA`, 'garbage', `${body}`]) {
      const res = await h.app.inject({ method: 'GET', url: `/media/${bad}` });
      expect(res.statusCode, bad).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('answers an expired link with 403 forbidden', async () => {
    const past = createMediaLinks(LINK_SECRET, 'http://ova.test', 60, () => Date.now() - 3600_000);
    const res = await h.app.inject({ method: 'GET', url: pathOf(past.sign('tests/clip.mp4')) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('answers a link to a deleted blob with 404', async () => {
    const res = await h.app.inject({ method: 'GET', url: pathOf(mediaUrl(h.app, 'tests/gone.mp4')!) });
    expect(res.statusCode).toBe(404);
  });

  it('does not accept a link signed with another secret', () => {
    const other = createMediaLinks('another-secret-0123456789', 'http://ova.test', 60);
    const token = other.sign('tests/clip.mp4').split('/').pop()!;
    expect(() => h.app.mediaLinks.verify(token)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('accepts a link spelled only one way: a signature differing in the spare bits of its last character is refused', () => {
    const links = createMediaLinks('a-secret-for-one-spelling-0123', 'http://ova.test', 60);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < 8; i++) {
      const token = links.sign(`tests/clip-${i}.mp4`).split('/').pop()!;
      // A 32-byte HMAC is 43 characters; the last carries 4 bits of it and 2 that decoding ignores.
      const last = alphabet.indexOf(token.at(-1)!);
      const respelled = `${token.slice(0, -1)}${alphabet[last ^ 1]}`;
      expect(Buffer.from(respelled.split('.')[1]!, 'base64url').equals(Buffer.from(token.split('.')[1]!, 'base64url'))).toBe(true);
      expect(() => links.verify(respelled)).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(links.verify(token).key).toBe(`tests/clip-${i}.mp4`);
    }
  });

  it('gives null for a null key', () => {
    expect(mediaUrl(h.app, null)).toBeNull();
  });
});

describe('parseByteRange', () => {
  it('parses the three forms and rejects what it cannot serve', () => {
    expect(parseByteRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
    expect(parseByteRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=5-', 10)).toEqual({ start: 5, end: 9 });
    expect(parseByteRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 10)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-1,3-4', 10)).toBeNull();
    expect(parseByteRange('items=0-1', 10)).toBeNull();
    expect(parseByteRange(undefined, 10)).toBeNull();
  });
});
