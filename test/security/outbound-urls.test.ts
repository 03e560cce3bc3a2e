import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMedia, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The real server with the production default (private addresses refused): URLs a client gives us cannot make
 * the server reach loopback, private or metadata addresses — neither at request time (files[].url) nor when a
 * webhook is sent (callback_url).
 */

let server: TestServer;
let receiver: Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  receiver = createServer((_request, response) => {
    hits++;
    response.end('ok');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  server = await startTestServer({ allowPrivateUrls: false }, { adapters: fakeMedia() });
});

afterAll(async () => {
  await server?.dispose();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('outbound URLs on a server with the default policy', () => {
  it('files[].url on loopback, private, link-local or metadata addresses → 400 validation_error naming the field; nothing fetched', async () => {
    const urls = [
      `http://127.0.0.1:${port}/notes.md`,
      `http://localhost:${port}/notes.md`,
      `http://[::1]:${port}/notes.md`,
      'http://10.0.0.1/x.png',
      'http://192.168.1.1/x.png',
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://0.0.0.0/x.png',
    ];
    for (const url of urls) {
      const response = await server.call('POST', '/v3/video-agents', { prompt: 'hi', mode: 'chat', files: [{ type: 'url', url }] });
      expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation_error', param: 'files[0].url' });
      expect(response.body.error.message).toMatch(/refused/);
    }
    expect(hits).toBe(0);
    // Nothing was created for the refused requests.
    expect((await server.call('GET', '/v3/video-agents')).body.data).toEqual([]);
  });

  it('a callback_url on loopback, private or metadata addresses → 400 validation_error naming callback_url; nothing sent', async () => {
    for (const callback of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`, 'http://169.254.169.254/latest', 'http://10.1.2.3/hook']) {
      const created = await server.call('POST', '/v3/video-agents', { prompt: 'A video about tides', mode: 'generate', callback_url: callback });
      expect(created.status, callback).toBe(400);
      expect(created.body.error).toMatchObject({ code: 'validation_error', param: 'callback_url' });
    }
    expect((await server.call('GET', '/v3/video-agents')).body.data).toEqual([]);
    expect(hits).toBe(0);
  });
});
