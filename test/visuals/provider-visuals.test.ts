import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { STORYBOARD_SCHEMA, type Scene, type Storyboard } from '../../src/storyboard/index.js';
import { assignVisuals, resolveProviderVisuals, VisualMediaCache } from '../../src/visuals/index.js';
import { useFakeProviders } from './use-fake-providers.js';

const fake = useFakeProviders('ova-visuals-');
const providers = fake.providers;

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
    expect(fake.server.requests.some((r) => r.includes('page=2'))).toBe(true);
    const cache = new VisualMediaCache({ dir: fake.dir, guard: fake.guard });
    const path = cache.pathFor('pexels', title!.visual!.source!.id, 'mp4');
    expect((await stat(path)).size).toBeGreaterThan(0);
    const downloads = fake.server.requests.filter((r) => r.startsWith('/files/')).length;
    await resolveProviderVisuals(storyboard(), providers({ pexels: true }), signal);
    expect(fake.server.requests.filter((r) => r.startsWith('/files/')).length).toBe(downloads);
  });

  it.each([
    ['rate-limit', /rate-limiting us \(429\)/],
    ['error', /answered 500/],
    ['slow', /did not answer within 0.3 s/],
  ] as const)('a provider that %s never fails: scenes keep the library picture, and the notice says so once', async (behaviour, why) => {
    fake.server.behaviour = behaviour;
    const { storyboard: result, notices } = await resolveProviderVisuals(storyboard(), providers({ pexels: true }, 300), signal);
    expect(result.scenes.map((s) => s.visual!.kind)).toEqual(['illustration', 'illustration', 'chart']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
  });

  it('an empty result falls through to the next provider', async () => {
    fake.server.behaviour = 'empty';
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
    expect(fake.server.requests.find((r) => r.startsWith('/api/videos/'))).toContain('key=pixabay-key');
  });

  it('an images endpoint gives a generated picture, stored under the prompt that made it', async () => {
    const { storyboard: result } = await resolveProviderVisuals(storyboard(), providers({ images: true }), signal);
    const visual = result.scenes[0]!.visual!;
    expect(visual).toMatchObject({ kind: 'generated_image', source: { provider: 'images' }, attribution: 'Generated with gpt-image-1' });
    const bytes = await readFile(new VisualMediaCache({ dir: fake.dir, guard: fake.guard }).pathFor('images', visual.source!.id, 'img'));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });
});
