import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake provider does with the next search: answer, fail, or stall. */
export type FakeBehaviour = 'ok' | 'empty' | 'rate-limit' | 'error' | 'slow';

export interface FakeProviderServer {
  url: string;
  /** Every request path with its query, in order. */
  requests: string[];
  behaviour: FakeBehaviour;
  close(): Promise<void>;
}

/**
 * One loopback server that speaks the search APIs of Pexels (`/videos/search`, `/v1/search`), Pixabay
 * (`/api/videos/`, `/api/`) and OpenAI images (`/images/generations`), and serves the media files they point to.
 */
export async function startFakeProviderServer(media: { mp4: Buffer; png: Buffer }): Promise<FakeProviderServer> {
  const state: FakeProviderServer = { url: '', requests: [], behaviour: 'ok', close: async () => {} };
  const server: Server = createServer((request, response) => {
    state.requests.push(request.url ?? '');
    void handle(request, response, state, media);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return state;
}

async function handle(request: IncomingMessage, response: ServerResponse, state: FakeProviderServer, media: { mp4: Buffer; png: Buffer }): Promise<void> {
  const url = new URL(request.url ?? '/', state.url);
  if (url.pathname.startsWith('/files/')) return send(response, 200, url.pathname.endsWith('.mp4') ? media.mp4 : media.png, url.pathname.endsWith('.mp4') ? 'video/mp4' : 'image/png');
  if (state.behaviour === 'slow') return; // never answers: the client's timeout must end it
  if (state.behaviour === 'rate-limit') return json(response, 429, { error: 'Rate limit exceeded' });
  if (state.behaviour === 'error') return json(response, 500, { error: 'Internal error' });
  const empty = state.behaviour === 'empty';
  const page = Number(url.searchParams.get('page') ?? '1');
  const query = url.searchParams.get('query') ?? url.searchParams.get('q') ?? '';
  if (url.pathname === '/videos/search') {
    // Page 1 holds only a clip too short for any scene, so a client must ask for page 2.
    const videos = empty ? [] : page === 1 ? [pexelsVideo(1, 1, state.url)] : [pexelsVideo(100 + query.length, 30, state.url)];
    return json(response, 200, { page, per_page: 15, total_results: videos.length, videos, next_page: page === 1 && !empty ? `${state.url}/videos/search?page=2` : undefined });
  }
  if (url.pathname === '/v1/search') {
    const photos = empty ? [] : [{ id: 7, width: 1920, height: 1080, url: 'https://www.pexels.com/photo/7/', photographer: 'Ana Photo', src: { original: `${state.url}/files/7.png`, large2x: `${state.url}/files/7.png`, large: `${state.url}/files/7.png` } }];
    return json(response, 200, { page, photos });
  }
  if (url.pathname === '/api/videos/') {
    const hits = empty ? [] : [{ id: 55, pageURL: 'https://pixabay.com/videos/id-55/', duration: 40, user: 'PixUser', videos: { medium: { url: `${state.url}/files/55.mp4`, width: 1280, height: 720 } } }];
    return json(response, 200, { total: hits.length, totalHits: hits.length, hits });
  }
  if (url.pathname === '/api/') {
    const hits = empty ? [] : [{ id: 56, pageURL: 'https://pixabay.com/photos/id-56/', user: 'PixUser', largeImageURL: `${state.url}/files/56.png`, imageWidth: 1920, imageHeight: 1080 }];
    return json(response, 200, { total: hits.length, totalHits: hits.length, hits });
  }
  if (url.pathname === '/images/generations' && request.method === 'POST') {
    return json(response, 200, { created: 1, data: [{ b64_json: media.png.toString('base64') }] });
  }
  return json(response, 404, { error: 'not found' });
}

function pexelsVideo(id: number, duration: number, base: string) {
  return {
    id, width: 1920, height: 1080, duration, url: `https://www.pexels.com/video/${id}/`, image: `${base}/files/${id}.png`, user: { name: 'Jo Filmer', url: 'https://www.pexels.com/@jo' },
    video_files: [
      { id: id * 10, quality: 'sd', file_type: 'video/mp4', width: 640, height: 360, link: `${base}/files/${id}-sd.mp4` },
      { id: id * 10 + 1, quality: 'hd', file_type: 'video/mp4', width: 1280, height: 720, link: `${base}/files/${id}-hd.mp4` },
      { id: id * 10 + 2, quality: 'hd', file_type: 'video/mp4', width: 1920, height: 1080, link: `${base}/files/${id}-fhd.mp4` },
    ],
  };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, Buffer.from(JSON.stringify(body)), 'application/json');
}

function send(response: ServerResponse, status: number, body: Buffer, type: string): void {
  response.writeHead(status, { 'content-type': type, 'content-length': body.length });
  response.end(body);
}
