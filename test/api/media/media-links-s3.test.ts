import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaLinks, mediaUrl } from '../../../src/api/index.js';
import { loadConfig } from '../../../src/config/index.js';
import { LINK_SECRET, startHarness, type Harness } from '../api-harness.js';
import { s3rverCredentials, startS3Server } from '../../store/blobs/s3-test-server.js';

let s3: { endpoint: string; close: () => Promise<void> };
let h: Harness;
/** Where the app listens on loopback, for requests that follow redirects like a browser. */
let origin: string;
const savedEnv = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));

beforeAll(async () => {
  s3 = await startS3Server(['ova-media']);
  // The AWS SDK reads credentials from the usual variables, as in production.
  process.env.AWS_ACCESS_KEY_ID = s3rverCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = s3rverCredentials.secretAccessKey;
  h = await startHarness({ config: { s3: { bucket: 'ova-media', endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, prefix: 'm/' } } });
  await h.deps.blobs.put('videos/v1/video.mp4', bytes);
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await h?.close();
  await s3?.close();
  if (savedEnv.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
  else process.env.AWS_ACCESS_KEY_ID = savedEnv.id;
  if (savedEnv.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  else process.env.AWS_SECRET_ACCESS_KEY = savedEnv.secret;
});

function pathOf(url: string): string {
  return new URL(url).pathname;
}

function expiresOf(location: string): number {
  return Number(new URL(location).searchParams.get('X-Amz-Expires'));
}

describe('media links with blobs in S3', () => {
  it('redirects a GET to a presigned link on the bucket that serves the exact bytes with the link headers', async () => {
    const url = mediaUrl(h.app, 'videos/v1/video.mp4', { filename: 'Mon clip é.mp4' })!;
    const res = await h.app.inject({ method: 'GET', url: pathOf(url) });
    expect(res.statusCode).toBe(302);
    const location = res.headers.location as string;
    expect(location.startsWith(`${s3.endpoint}/ova-media/m/videos/v1/video.mp4?`)).toBe(true);
    expect(location).toContain('X-Amz-Signature=');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toBe('');

    // What a browser does: follow it (no credentials of ours travel).
    const followed = await fetch(`${origin}${pathOf(url)}`);
    expect(followed.status).toBe(200);
    expect(followed.redirected).toBe(true);
    expect(followed.url.startsWith(s3.endpoint)).toBe(true);
    expect(Buffer.from(await followed.arrayBuffer()).equals(bytes)).toBe(true);
    expect(followed.headers.get('content-type')).toBe('video/mp4');
    expect(followed.headers.get('content-disposition')).toBe(`inline; filename="Mon clip _.mp4"; filename*=UTF-8''${encodeURIComponent('Mon clip é.mp4')}`);
  });

  it('with ?download= the bucket answers as an attachment under that name, so a browser saves it', async () => {
    const url = mediaUrl(h.app, 'videos/v1/video.mp4', { filename: 'clip.mp4' })!;
    const followed = await fetch(`${origin}${pathOf(url)}?download=${encodeURIComponent('My video.mp4')}`);
    expect(followed.redirected).toBe(true);
    expect(Buffer.from(await followed.arrayBuffer()).equals(bytes)).toBe(true);
    expect(followed.headers.get('content-disposition')).toBe(`attachment; filename="My video.mp4"; filename*=UTF-8''${encodeURIComponent('My video.mp4')}`);
    // Streamed by the API (HEAD is always answered here): the same header.
    const head = await h.app.inject({ method: 'HEAD', url: `${pathOf(url)}?download=x.mp4` });
    expect(head.headers['content-disposition']).toMatch(/^attachment; filename="x\.mp4"/);
    // An empty name is bad input, in the error envelope.
    const empty = await h.app.inject({ method: 'GET', url: `${pathOf(url)}?download=` });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('validation_error');
  });

  it('a Range request follows the redirect and gets the right part from the bucket', async () => {
    const path = pathOf(mediaUrl(h.app, 'videos/v1/video.mp4')!);
    for (const [range, start, end] of [
      ['bytes=100-199', 100, 199],
      ['bytes=4990-', 4990, 4999],
    ] as const) {
      const res = await fetch(`${origin}${path}`, { headers: { range } });
      expect(res.status, range).toBe(206);
      expect(res.redirected).toBe(true);
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/5000`);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, end + 1))).toBe(true);
    }
  });

  it('still answers HEAD, an unsatisfiable range, a forged, an expired and a dangling link itself', async () => {
    const path = pathOf(mediaUrl(h.app, 'videos/v1/video.mp4')!);
    const head = await h.app.inject({ method: 'HEAD', url: path });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe('5000');
    expect(head.headers['content-type']).toBe('video/mp4');

    const unsatisfiable = await h.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=5000-' } });
    expect(unsatisfiable.statusCode).toBe(416);
    expect(unsatisfiable.json().error).toMatchObject({ code: 'validation_error', param: 'Range' });

    const token = path.split('/').pop()!;
    const [body, sig] = token.split('.') as [string, string];
    const forged = await fetch(`${origin}/media/${body}.${sig.slice(0, -2)}AA`, { redirect: 'manual' });
    expect(forged.status).toBe(404);
    expect((await forged.json()).error.code).toBe('not_found');

    const past = createMediaLinks(LINK_SECRET, 'http://ova.test', 60, () => Date.now() - 3600_000);
    const expired = await fetch(`${origin}${pathOf(past.sign('videos/v1/video.mp4'))}`, { redirect: 'manual' });
    expect(expired.status).toBe(403);
    expect((await expired.json()).error.code).toBe('forbidden');

    const dangling = await fetch(`${origin}${pathOf(mediaUrl(h.app, 'videos/v1/gone.mp4')!)}`, { redirect: 'manual' });
    expect(dangling.status).toBe(404);
    expect((await dangling.json()).error.code).toBe('not_found');
  });

  it('a presigned link lives at most an hour, never past the media link, and then the bucket refuses it', async () => {
    // The default media link lives days: the presigned one is capped at an hour.
    const long = await h.app.inject({ method: 'GET', url: pathOf(mediaUrl(h.app, 'videos/v1/video.mp4')!) });
    expect(expiresOf(long.headers.location as string)).toBe(3600);

    // Four seconds: the bucket must still serve it after a busy machine's slowest round trip.
    const short = await h.app.inject({ method: 'GET', url: pathOf(mediaUrl(h.app, 'videos/v1/video.mp4', { ttlSec: 4 })!) });
    expect(short.statusCode).toBe(302);
    const location = short.headers.location as string;
    const ttl = expiresOf(location);
    expect(ttl).toBeGreaterThanOrEqual(3);
    expect(ttl).toBeLessThanOrEqual(4);
    expect((await fetch(location)).status).toBe(200);
    // X-Amz-Date has whole seconds: one more second than the lifetime is surely past it.
    await new Promise((resolve) => setTimeout(resolve, (ttl + 1) * 1000 + 100));
    const late = await fetch(location);
    expect(late.status).toBe(403);
    expect(await late.text()).toMatch(/expired/i);
  });
});

describe('media links with blobs in S3 and S3_MEDIA_REDIRECT=0', () => {
  it('streams through the API, as for local files (a bucket clients cannot reach)', async () => {
    expect(loadConfig({ S3_MEDIA_REDIRECT: '0' }).s3MediaRedirect).toBe(false);
    expect(loadConfig({}).s3MediaRedirect).toBe(true);
    const streaming = await startHarness({
      config: { s3: { bucket: 'ova-media', endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, prefix: 'm/' }, s3MediaRedirect: false },
    });
    try {
      const path = pathOf(mediaUrl(streaming.app, 'videos/v1/video.mp4')!);
      const whole = await streaming.app.inject({ method: 'GET', url: path });
      expect(whole.statusCode).toBe(200);
      expect(whole.headers.location).toBeUndefined();
      expect(whole.rawPayload.equals(bytes)).toBe(true);
      const part = await streaming.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=10-19' } });
      expect(part.statusCode).toBe(206);
      expect(part.rawPayload.equals(bytes.subarray(10, 20))).toBe(true);
    } finally {
      await streaming.close();
    }
  });
});
