import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboundGuard } from '../../src/net/index.js';
import { STORYBOARD_SCHEMA, type Scene, type Storyboard } from '../../src/storyboard/index.js';
import { assignVisuals, OpenAiImageGenerator, PexelsProvider, PixabayProvider, resolveProviderVisuals, VisualMediaCache, type VisualProviders } from '../../src/visuals/index.js';
import { makeMediaFixtures } from '../files/media-fixtures.js';
import { startFakeProviderServer, type FakeProviderServer } from './fake-stock-servers.js';

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
  dir = await mkdtemp(join(tmpdir(), 'ova-visuals-'));
  return () => rm(dir, { recursive: true, force: true });
});

function storyboard(): Storyboard {
  const scenes: Array<Pick<Scene, 'layout' | 'narration' | 'headline'>> = [
    { layout: 'title', headline: 'Why bees matter', narration: 'Bees pollinate a third of our crops.' },
    { layout: 'presenter', headline: 'Apples and almonds', narration: 'From apples to almonds, our food depends on bees.' },
    { layout: 'stat', headline: 'Colonies lost', narration: 'Beekeepers lost 40 percent of their colonies last year.' },
  ];
  return assignVisuals({
    schema: STORYBOARD_SCHEMA, version: 1, title: 'Why bees matter', language: 'en', orientation: 'landscape', duration_target_sec: null, voice_id: 'v',
    avatar_id: null, style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' },
    scenes: scenes.map((s, i) => ({ id: `s${i + 1}`, presenter: 'none', transition: 'fade', duration_sec: 5, ...s })),
  });
}

function providers(which: { pexels?: boolean; pixabay?: boolean; images?: boolean }, timeoutMs = 2_000): VisualProviders {
  return {
    stock: [
      ...(which.pexels ? [new PexelsProvider({ apiKey: 'pexels-key', baseUrl: server.url, fetch: guard.fetch, timeoutMs })] : []),
      ...(which.pixabay ? [new PixabayProvider({ apiKey: 'pixabay-key', baseUrl: server.url, fetch: guard.fetch, timeoutMs })] : []),
    ],
    images: which.images ? new OpenAiImageGenerator({ baseUrl: server.url, apiKey: 'img-key', model: 'gpt-image-1', fetch: guard.fetch, timeoutMs }) : null,
    cache: new VisualMediaCache({ dir, guard }),
  };
}

const signal = new AbortController().signal;

describe('stock footage from Pexels', () => {
  it('puts a clip long enough for the scene on the scenes where one fits, credited, and downloads it once', async () => {
    const { storyboard: result, notices } = await resolveProviderVisuals(storyboard(), providers({ pexels: true }), signal);
    expect(notices).toEqual([]);
    const [title, apples, figures] = result.scenes;
    expect(title!.visual).toMatchObject({ kind: 'stock_video', source: { provider: 'pexels' }, attribution: 'Video by Jo Filmer on Pexels', licence: 'Pexels License' });
    // The smallest file that is still at least 720 pixels on its short side.
    expect(title!.visual!.source!.file_url).toMatch(/-hd\.mp4$/);
    expect(apples!.visual!.kind).toBe('stock_video');
    expect(apples!.visual!.source!.id).not.toBe(title!.visual!.source!.id);
    expect(figures!.visual!.kind).toBe('chart');
    // Page 1 only had a one-second clip: page 2 was asked for.
    expect(server.requests.some((r) => r.includes('page=2'))).toBe(true);
    const cache = new VisualMediaCache({ dir, guard });
    const path = cache.pathFor('pexels', title!.visual!.source!.id, 'mp4');
    expect((await stat(path)).size).toBeGreaterThan(0);
    const downloads = server.requests.filter((r) => r.startsWith('/files/')).length;
    await resolveProviderVisuals(storyboard(), providers({ pexels: true }), signal);
    expect(server.requests.filter((r) => r.startsWith('/files/')).length).toBe(downloads);
  });

  it.each([
    ['rate-limit', /rate-limiting us \(429\)/],
    ['error', /answered 500/],
    ['slow', /did not answer within 0.3 s/],
  ] as const)('a provider that %s never fails: scenes keep the library picture, and the notice says so once', async (behaviour, why) => {
    server.behaviour = behaviour;
    const { storyboard: result, notices } = await resolveProviderVisuals(storyboard(), providers({ pexels: true }, 300), signal);
    expect(result.scenes.map((s) => s.visual!.kind)).toEqual(['illustration', 'illustration', 'chart']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
  });

  it('an empty result falls through to the next provider', async () => {
    server.behaviour = 'empty';
    const { storyboard: result, notices } = await resolveProviderVisuals(storyboard(), providers({ pexels: true, images: true }), signal);
    expect(result.scenes[0]!.visual!.kind).toBe('generated_image');
    expect(notices).toEqual([]);
  });
});

describe('Pixabay and generated images', () => {
  it('Pixabay clips are credited as its terms ask', async () => {
    const { storyboard: result } = await resolveProviderVisuals(storyboard(), providers({ pixabay: true }), signal);
    expect(result.scenes[0]!.visual).toMatchObject({ kind: 'stock_video', source: { provider: 'pixabay', id: '55' }, attribution: 'Video by PixUser on Pixabay' });
    // One clip is never used twice: the second scene gets Pixabay's photo.
    expect(result.scenes[1]!.visual).toMatchObject({ kind: 'stock_image', source: { provider: 'pixabay', id: '56' } });
    expect(server.requests.find((r) => r.startsWith('/api/videos/'))).toContain('key=pixabay-key');
  });

  it('an images endpoint gives a generated picture, stored under the prompt that made it', async () => {
    const { storyboard: result } = await resolveProviderVisuals(storyboard(), providers({ images: true }), signal);
    const visual = result.scenes[0]!.visual!;
    expect(visual).toMatchObject({ kind: 'generated_image', source: { provider: 'images' }, attribution: 'Generated with gpt-image-1' });
    const bytes = await readFile(new VisualMediaCache({ dir, guard }).pathFor('images', visual.source!.id, 'img'));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });
});
