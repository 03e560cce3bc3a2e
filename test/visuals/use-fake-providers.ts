import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createOutboundGuard, type OutboundGuard } from '../../src/net/index.js';
import { OpenAiImageGenerator, PexelsProvider, PixabayProvider, VisualMediaCache, type VisualProviders } from '../../src/visuals/index.js';
import { makeMediaFixtures } from '../files/media-fixtures.js';
import { startFakeProviderServer, type FakeProviderServer } from './fake-stock-servers.js';

export interface FakeProviders {
  readonly server: FakeProviderServer;
  /** A fresh media cache folder per test. */
  readonly dir: string;
  readonly guard: OutboundGuard;
  /** Providers pointed at the fake server: the ones named, a media cache in `dir`. */
  providers(which: { pexels?: boolean; pixabay?: boolean; images?: boolean }, timeoutMs?: number): VisualProviders;
}

/**
 * The loopback Pexels/Pixabay/images server for a test file (started once, reset to answer normally before each
 * test), a guard that lets requests reach loopback, and a fresh cache folder per test.
 */
export function useFakeProviders(prefix = 'ova-visuals-'): FakeProviders {
  const guard = createOutboundGuard({ allowPrivateUrls: true, outboundAllowlist: [] });
  let server: FakeProviderServer;
  let dir: string;
  beforeAll(async () => {
    const media = await makeMediaFixtures();
    server = await startFakeProviderServer({ mp4: media.mp4, png: media.png });
  });
  afterAll(async () => {
    await server.close();
    await guard.close();
  });
  beforeEach(async () => {
    server.behaviour = 'ok';
    server.requests.length = 0;
    dir = await mkdtemp(join(tmpdir(), prefix));
    return () => rm(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server;
    },
    get dir() {
      return dir;
    },
    guard,
    providers(which, timeoutMs = 2_000) {
      return {
        stock: [
          ...(which.pexels ? [new PexelsProvider({ apiKey: 'pexels-key', baseUrl: server.url, fetch: guard.fetch, timeoutMs })] : []),
          ...(which.pixabay ? [new PixabayProvider({ apiKey: 'pixabay-key', baseUrl: server.url, fetch: guard.fetch, timeoutMs })] : []),
        ],
        images: which.images ? new OpenAiImageGenerator({ baseUrl: server.url, apiKey: 'img-key', model: 'gpt-image-1', fetch: guard.fetch, timeoutMs }) : null,
        cache: new VisualMediaCache({ dir, guard }),
      };
    },
  };
}
