import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { Config } from '../../src/config/index.js';
import type { ServerAdapters } from '../../src/server/index.js';
import { KEY_A, startTestServer, type TestServer } from '../support/test-server.js';

export interface ListeningTestServer extends TestServer {
  baseUrl: string;
  apiKey: string;
}

/** A free TCP port on 127.0.0.1 (the signed media links must name the port the server really listens on). */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The test server listening on a real port, so clients reach it over HTTP as they would in production. */
export async function startListeningTestServer(overrides: Partial<Config> = {}, adapters?: Partial<ServerAdapters>): Promise<ListeningTestServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startTestServer({ port, publicUrl: baseUrl, ...overrides }, { adapters });
  await server.app.listen({ port, host: '127.0.0.1' });
  return { ...server, baseUrl, apiKey: KEY_A };
}
