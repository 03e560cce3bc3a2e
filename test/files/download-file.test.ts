import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, CancelledError } from '../../src/errors/index.js';
import { downloadFile, filenameFromContentDisposition, sanitiseFilename } from '../../src/files/index.js';
import { makeMediaFixtures, type FixtureName } from './media-fixtures.js';

let fixtures: Record<FixtureName, Buffer>;
let server: Server;
let base: string;
const pendingTimers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  fixtures = await makeMediaFixtures();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path === '/files/clip.mp4') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fixtures.mp4);
    } else if (path === '/named') {
      res.writeHead(200, { 'content-disposition': `attachment; filename="../../etc/passwd"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` }).end(fixtures.pdf);
    } else if (path === '/notes.md') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Just one line of notes.');
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/files/clip.mp4' }).end();
    } else if (path === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://127.0.0.1/file.png' }).end();
    } else if (path === '/big') {
      // Streamed without a Content-Length, so the limit must be enforced while reading.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(fixtures.png);
      res.end(Buffer.alloc(64 * 1024, 0x41));
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write(fixtures.png);
      const timer = setTimeout(() => res.destroy(), 2000);
      pendingTimers.add(timer);
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(fixtures.png.subarray(0, 8));
      const timer = setTimeout(() => res.end(fixtures.png.subarray(8)), 3000);
      pendingTimers.add(timer);
    } else if (path === '/zip') {
      res.writeHead(200).end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3, 4]));
    } else {
      res.writeHead(404, 'Not Found').end('nope');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of pendingTimers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const opts = { maxBytes: 1024 * 1024, timeoutMs: 5000, param: 'files[0].url' };

describe('downloadFile', () => {
  it('downloads a file, sniffs it and takes the name from the URL path', async () => {
    const file = await downloadFile(`${base}/files/clip.mp4`, opts);
    expect(file.sniffed.mimeType).toBe('video/mp4');
    expect(Buffer.compare(file.bytes, fixtures.mp4)).toBe(0);
    expect(file.filename).toBe('clip.mp4');
  });

  it('takes the name from Content-Disposition (filename* first) and sanitises it', async () => {
    const file = await downloadFile(`${base}/named`, opts);
    expect(file.sniffed.mimeType).toBe('application/pdf');
    expect(file.filename).toBe('résumé.pdf');
  });

  it('uses a .md name to call plain text markdown', async () => {
    const file = await downloadFile(`${base}/notes.md`, opts);
    expect(file.sniffed.mimeType).toBe('text/markdown');
  });

  it('answers a 404 with download_failed naming the status and the param', async () => {
    const error = await rejection(downloadFile(`${base}/missing.png`, opts));
    expect(error.code).toBe('download_failed');
    expect(error.status).toBe(422);
    expect(error.param).toBe('files[0].url');
    expect(error.message).toContain('404');
  });

  it('follows up to five redirects', async () => {
    const file = await downloadFile(`${base}/hop/4`, opts);
    expect(file.sniffed.mimeType).toBe('video/mp4');
    expect(file.filename).toBe('clip.mp4');
  });

  it('gives up after five redirects', async () => {
    const error = await rejection(downloadFile(`${base}/hop/5`, opts));
    expect(error.code).toBe('download_failed');
    expect(error.message).toMatch(/redirect/);
  });

  it('does not follow a redirect to another scheme', async () => {
    const error = await rejection(downloadFile(`${base}/to-ftp`, opts));
    expect(error.code).toBe('download_failed');
    expect(error.message).toContain('ftp:');
  });

  it('stops reading at maxBytes when the size is not declared', async () => {
    const error = await rejection(downloadFile(`${base}/big`, { ...opts, maxBytes: 4096 }));
    expect(error.code).toBe('payload_too_large');
    expect(error.param).toBe('files[0].url');
  });

  it('refuses at once a declared size over maxBytes', async () => {
    const started = Date.now();
    const error = await rejection(downloadFile(`${base}/big-declared`, { ...opts, maxBytes: 4096 }));
    expect(error.code).toBe('payload_too_large');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a slow server with download_failed', async () => {
    const started = Date.now();
    const error = await rejection(downloadFile(`${base}/slow`, { ...opts, timeoutMs: 300 }));
    expect(error.code).toBe('download_failed');
    expect(error.message).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as download_failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(downloadFile(`http://127.0.0.1:${port}/x.png`, opts));
    expect(error.code).toBe('download_failed');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('rejects other schemes and non-URLs with validation_error', async () => {
    for (const url of ['ftp://127.0.0.1/a.png', 'file:///etc/passwd', 'data:image/png;base64,AAAA', 'not a url']) {
      const error = await rejection(downloadFile(url, opts));
      expect(error.code).toBe('validation_error');
      expect(error.param).toBe('files[0].url');
    }
  });

  it('rejects unsupported bytes with unsupported_media_type', async () => {
    const error = await rejection(downloadFile(`${base}/zip`, opts));
    expect(error.code).toBe('unsupported_media_type');
  });

  it('is cancelled by the caller signal', async () => {
    const controller = new AbortController();
    const promise = downloadFile(`${base}/slow`, { ...opts, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(promise).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('filename helpers', () => {
  it('parses Content-Disposition forms', () => {
    expect(filenameFromContentDisposition('attachment; filename="a \\"b\\".png"')).toBe('a "b".png');
    expect(filenameFromContentDisposition('inline; filename=plain.txt')).toBe('plain.txt');
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf")).toBe('€ rates.pdf');
    expect(filenameFromContentDisposition('inline')).toBeNull();
  });

  it('sanitises names: no path, no control characters, no leading dots', () => {
    expect(sanitiseFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFilename('C:\\Users\\x\\evil\u0000.png')).toBe('evil.png');
    expect(sanitiseFilename('.hidden')).toBe('hidden');
    expect(sanitiseFilename('   ')).toBeNull();
    expect(sanitiseFilename(`${'a'.repeat(300)}.png`)).toHaveLength(200);
  });
});
