import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { lookup } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { downloadFile } from '../../src/files/index.js';
import { AppError } from '../../src/errors/index.js';
import { BlockedUrlError, blockedAddressReason, createOutboundGuard, type OutboundGuard } from '../../src/net/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { WebhookDispatcher, createWebhookSecret } from '../../src/webhooks/index.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let server: Server;
let port: number;
let hits = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits++;
    if (request.url?.startsWith('/to-loopback')) {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/pic.png` }).end();
    } else if (request.url?.startsWith('/to-metadata')) {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else {
      response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function guard(policy: Partial<{ allowPrivateUrls: boolean; outboundAllowlist: string[] }> = {}): OutboundGuard {
  return createOutboundGuard({ allowPrivateUrls: false, outboundAllowlist: [], ...policy });
}

describe('blockedAddressReason', () => {
  it('names the range of every refused address and lets public ones through', () => {
    const cases: Record<string, string | null> = {
      '127.0.0.1': 'loopback',
      '127.255.0.9': 'loopback',
      '::1': 'loopback',
      '10.0.0.1': 'private',
      '172.16.0.1': 'private',
      '172.31.255.255': 'private',
      '192.168.10.1': 'private',
      'fc00::1': 'private',
      'fdab::1': 'private',
      '169.254.169.254': 'cloud metadata',
      'fd00:ec2::254': 'cloud metadata',
      '169.254.0.5': 'link-local',
      'fe80::1': 'link-local',
      'fe80::1%eth0': 'link-local',
      '100.64.0.1': 'shared address space (CGNAT)',
      '100.127.255.254': 'shared address space (CGNAT)',
      '0.0.0.0': 'unspecified',
      '::': 'unspecified',
      '::ffff:10.0.0.1': 'private',
      '::ffff:a9fe:a9fe': 'cloud metadata',
      '[::1]': 'loopback',
      'example.com': 'not an IP address',
      '8.8.8.8': null,
      '172.32.0.1': null,
      '100.128.0.1': null,
      '2606:4700:4700::1111': null,
      '::ffff:1.1.1.1': null,
    };
    for (const [address, reason] of Object.entries(cases)) expect(blockedAddressReason(address), address).toBe(reason);
  });
});

describe('createOutboundGuard', () => {
  it('checkUrl refuses other schemes, literal private addresses and localhost names; accepts public hosts', async () => {
    const g = guard();
    try {
      for (const url of ['ftp://example.com/a', 'file:///etc/passwd', 'gopher://x', 'http://127.0.0.1/', 'http://[::1]:80/', 'http://localhost:3000/', 'http://a.b.localhost/', 'http://0177.0.0.1/', 'http://0x7f000001/', 'http://[::ffff:169.254.169.254]/']) {
        expect(await rejection(g.checkUrl(url)), url).toBeInstanceOf(BlockedUrlError);
      }
      expect(await rejection(g.checkUrl('not a url'))).toBeInstanceOf(BlockedUrlError);
      expect((await g.checkUrl('https://8.8.8.8/x')).href).toBe('https://8.8.8.8/x');
      // A name that does not resolve now is accepted: sending checks it again.
      expect((await g.checkUrl('https://no-such-host.invalid/x')).hostname).toBe('no-such-host.invalid');
    } finally {
      await g.close();
    }
  });

  it('checkUrl refuses a name whose DNS answer is loopback (this machine’s own hostname)', async (context) => {
    const name = hostname();
    const answers = await lookup(name, { all: true }).catch(() => []);
    if (answers.length === 0 || !answers.every((a) => blockedAddressReason(a.address) === 'loopback')) {
      context.skip(`${name} does not resolve to loopback here`);
    }
    const g = guard();
    try {
      const error = await rejection(g.checkUrl(`http://${name}:${port}/pic.png`));
      expect(error).toBeInstanceOf(BlockedUrlError);
      expect((error as Error).message).toMatch(/resolves to .*loopback/);
      // And at connect time: fetch resolves, checks the answer, and never connects.
      const before = hits;
      expect(await rejection(g.fetch(`http://${name}:${port}/pic.png`))).toBeInstanceOf(BlockedUrlError);
      expect(hits).toBe(before);
    } finally {
      await g.close();
    }
  });

  it('the lookup refuses a loopback answer, in both callback shapes', async () => {
    const g = guard();
    try {
      const all = await new Promise<unknown>((resolve) => g.lookup('localhost', { all: true }, (error) => resolve(error)));
      expect(all).toBeInstanceOf(BlockedUrlError);
      const one = await new Promise<unknown>((resolve) => g.lookup('localhost', {}, (error) => resolve(error)));
      expect(one).toBeInstanceOf(BlockedUrlError);
    } finally {
      await g.close();
    }
  });

  it('fetch refuses loopback without connecting; allowed by allowPrivateUrls or an allowlisted address, CIDR or host', async () => {
    const url = `http://127.0.0.1:${port}/pic.png`;
    const strict = guard();
    const before = hits;
    expect(await rejection(strict.fetch(url))).toBeInstanceOf(BlockedUrlError);
    expect(hits).toBe(before);
    await strict.close();
    for (const policy of [{ allowPrivateUrls: true }, { outboundAllowlist: ['127.0.0.1'] }, { outboundAllowlist: ['127.0.0.0/8'] }]) {
      const g = guard(policy);
      const response = await g.fetch(url);
      expect(response.status, JSON.stringify(policy)).toBe(200);
      await response.arrayBuffer();
      await g.close();
    }
    const byName = guard({ outboundAllowlist: ['localhost'] });
    const response = await byName.fetch(`http://localhost:${port}/pic.png`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await byName.close();
  });
});

describe('downloadFile through the guard', () => {
  it('a loopback files[].url → validation_error naming the field, nothing fetched', async () => {
    const g = guard();
    const before = hits;
    const error = await rejection(downloadFile(`http://127.0.0.1:${port}/pic.png`, { maxBytes: 1 << 20, timeoutMs: 5000, param: 'files[0].url', guard: g }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation_error', param: 'files[0].url' });
    expect(hits).toBe(before);
    await g.close();
  });

  it('a redirect from an allowed host to loopback or metadata is refused at that hop', async () => {
    const g = guard({ outboundAllowlist: ['localhost'] });
    try {
      const ok = await downloadFile(`http://localhost:${port}/pic.png`, { maxBytes: 1 << 20, timeoutMs: 5000, guard: g });
      expect(ok.sniffed.mimeType).toBe('image/png');
      for (const path of ['/to-loopback', '/to-metadata']) {
        const error = await rejection(downloadFile(`http://localhost:${port}${path}`, { maxBytes: 1 << 20, timeoutMs: 5000, param: 'files[0].url', guard: g }));
        expect(error, path).toMatchObject({ code: 'validation_error', param: 'files[0].url' });
        expect((error as Error).message).toMatch(/refused/);
      }
    } finally {
      await g.close();
    }
  });
});

describe('webhook deliveries through the guard', () => {
  it('a callback URL on loopback fails at once, final, without reaching the receiver', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ova-net-'));
    const store = await openSqliteStore(join(dir, 'db.sqlite'));
    await store.migrate();
    const g = guard();
    const before = hits;
    const dispatcher = new WebhookDispatcher({ store, secretFor: () => createWebhookSecret(), fetch: g.fetch, backoffMs: [0, 0] });
    try {
      const [delivery] = await dispatcher.notify({
        owner: 'o',
        session_id: 'ses_1',
        callback_url: `http://127.0.0.1:${port}/hook`,
        event_type: 'video_agent.fail',
        event_data: { session_id: 'ses_1', video_id: null, url: null, callback_id: null },
      });
      await dispatcher.runDue();
      await dispatcher.stop();
      const stored = (await store.listWebhookDeliveries('o', { limit: 10, cursor: null })).items.find((d) => d.id === delivery!.id)!;
      expect(stored.status).toBe('failed');
      expect(stored.attempts).toHaveLength(1);
      expect(stored.attempts[0]!.error).toMatch(/refused/);
      expect(hits).toBe(before);
    } finally {
      await dispatcher.stop();
      await g.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('configuration', () => {
  it('ALLOW_PRIVATE_URLS and OUTBOUND_ALLOWLIST are read; private URLs are refused by default', () => {
    expect(loadConfig({}).allowPrivateUrls).toBe(false);
    expect(loadConfig({}).outboundAllowlist).toEqual([]);
    expect(loadConfig({ ALLOW_PRIVATE_URLS: '1' }).allowPrivateUrls).toBe(true);
    expect(loadConfig({ ALLOW_PRIVATE_URLS: 'true' }).allowPrivateUrls).toBe(true);
    expect(loadConfig({ ALLOW_PRIVATE_URLS: '0' }).allowPrivateUrls).toBe(false);
    expect(loadConfig({ OUTBOUND_ALLOWLIST: ' hooks.corp, 10.0.0.0/8 ,,' }).outboundAllowlist).toEqual(['hooks.corp', '10.0.0.0/8']);
  });
});
