import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeModelHub {
  url: string;
  /** Requests seen: path and Range header. */
  requests: { path: string; range: string | undefined }[];
  /** The next response for this path stops after `bytes` bytes and drops the connection. */
  cutNext(path: string, bytes: number): void;
  /** Serve other bytes for a path (a corrupted mirror). */
  replace(path: string, bytes: Uint8Array): void;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for a Hugging Face hub: GET /<repo>/resolve/<revision>/<file> with Range support
 * (206 and Content-Range, 416 past the end), 404 for anything it lacks.
 */
export async function startFakeModelHub(files: Map<string, Uint8Array>): Promise<FakeModelHub> {
  const content = new Map([...files].map(([source, bytes]) => [`/${source}`, bytes]));
  const cuts = new Map<string, number>();
  const requests: FakeModelHub['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://hub').pathname);
    requests.push({ path, range: request.headers.range });
    const bytes = content.get(path);
    if (bytes === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Entry not found');
      return;
    }
    const from = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? 0);
    if (from >= bytes.length && from > 0) {
      response.writeHead(416, { 'content-range': `bytes */${bytes.length}` }).end();
      return;
    }
    const body = bytes.subarray(from);
    const headers = { 'content-length': String(body.length), 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream' };
    if (from > 0) response.writeHead(206, { ...headers, 'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` });
    else response.writeHead(200, headers);
    const cut = cuts.get(path);
    if (cut !== undefined) {
      cuts.delete(path);
      response.write(body.subarray(0, cut), () => setTimeout(() => response.destroy(), 50));
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cutNext: (path, bytes) => cuts.set(`/${path}`, bytes),
    replace: (path, bytes) => content.set(`/${path}`, bytes),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
