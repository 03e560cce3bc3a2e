import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, withVisuals, type Attachment, type ReviseResult } from '../../../src/agent/index.js';
import { validateStoryboard, type Storyboard } from '../../../src/storyboard/index.js';
import { assignVisuals, type VisualProviders } from '../../../src/visuals/index.js';
import { useFakeProviders } from '../../visuals/use-fake-providers.js';
import { baseStoryboard, testContext } from '../test-context.js';

const fake = useFakeProviders('ova-visual-edits-');
const pexels = (): VisualProviders => fake.providers({ pexels: true });

function pictured(): { current: Storyboard; history: Storyboard[] } {
  const { current, history } = baseStoryboard();
  return { current: assignVisuals(current), history: history.map(assignVisuals) };
}

async function revise(message: string, options: { providers?: VisualProviders | null; attachments?: Attachment[]; storyboard?: Storyboard } = {}): Promise<ReviseResult & { before: Storyboard }> {
  const { current, history } = pictured();
  const before = options.storyboard ?? current;
  const planner = withVisuals(new BuiltinPlanner(), options.providers ?? null);
  const result = await planner.revise({ storyboard: before, history, message, attachments: options.attachments ?? [], overrides: {} }, testContext());
  return { ...result, before };
}

function revised(result: ReviseResult): Storyboard {
  if (result.kind === 'unclear' || !result.storyboard) throw new Error(`not revised: ${result.message}`);
  return validateStoryboard(result.storyboard);
}

describe('picture edits by chat', () => {
  it('uses a stock photo of what was asked on the scene, pinned, and says so', async () => {
    const result = await revise('Use a photo of a beach for scene 2', { providers: pexels() });
    const scene = revised(result).scenes[1]!;
    expect(scene.visual).toMatchObject({ kind: 'stock_image', query: 'beach', source: { provider: 'pexels', id: '7' }, pinned: true });
    expect(scene.visual?.attribution).toMatch(/Pexels/);
    expect(result.message).toContain('Scene 2 now shows a stock photo of “beach” (Pexels)');
    expect(fake.server.requests.some((r) => r.startsWith('/v1/search') && r.includes('query=beach'))).toBe(true);
  });

  it('says honestly when no stock service is configured, and shows a matching illustration instead', async () => {
    const result = await revise('Use a photo of a beach for scene 2');
    const scene = revised(result).scenes[1]!;
    expect(scene.visual).toMatchObject({ kind: 'illustration', source: { provider: 'fluent-emoji-flat' }, pinned: true });
    expect(scene.visual?.source?.id).toMatch(/beach/);
    expect(result.message).toMatch(/no stock photo or footage service is configured \(set PEXELS_API_KEY or PIXABAY_API_KEY\)/);
  });

  it('takes the picture off the title, and it stays off through later revisions', async () => {
    const result = await revise('no pictures on the title');
    const after = revised(result);
    expect(after.scenes[0]!.visual).toBeUndefined();
    expect(after.scenes[0]!.no_visual).toBe(true);
    expect(result.message).toContain('Removed the picture from scene 1');
    const later = await revise('make the title “Acme Notes, faster”', { storyboard: after });
    expect(revised(later).scenes[0]!.visual).toBeUndefined();
  });

  it('removes the picture from one scene', async () => {
    const after = revised(await revise('remove the picture from scene 3'));
    expect(after.scenes[2]!.visual).toBeUndefined();
    expect(after.scenes[1]!.visual).toBeDefined();
  });

  it('puts the attached upload on the scene as its media', async () => {
    const upload: Attachment = { asset_id: 'ast_photo', mime_type: 'image/jpeg', filename: 'team.jpg', text: null };
    const result = await revise('replace the picture in scene 3 with my upload', { attachments: [upload] });
    const scene = revised(result).scenes[2]!;
    expect(scene.media).toEqual({ asset_id: 'ast_photo', fit: 'cover', motion: 'zoom_in' });
    expect(scene.visual).toEqual({ kind: 'user_media', source: { provider: 'asset', id: 'ast_photo' }, pinned: true });
    expect(result.message).toContain('New media in scene 3');
  });

  it('gives another illustration, not one used elsewhere or shown on the scene before', async () => {
    const { current } = pictured();
    const result = await revise('another picture for scene 4');
    const after = revised(result);
    const others = current.scenes.map((s) => s.visual?.source?.id);
    expect(after.scenes[3]!.visual?.kind).toBe('illustration');
    expect(others).not.toContain(after.scenes[3]!.visual?.source?.id);
    expect(result.message).toMatch(/Scene 4 now shows the illustration “.+”/);
    const again = revised(await revise('a different picture for scene 4', { storyboard: after }));
    expect([...others, after.scenes[3]!.visual?.source?.id]).not.toContain(again.scenes[3]!.visual?.source?.id);
  });

  it('gives the next stock result for a stock scene, and falls back to the library when there is none', async () => {
    const first = revised(await revise('use a video of a beach for scene 2', { providers: pexels() }));
    expect(first.scenes[1]!.visual).toMatchObject({ kind: 'stock_video', source: { provider: 'pexels' } });
    const result = await revise('another picture for scene 2', { providers: pexels(), storyboard: first });
    const next = revised(result).scenes[1]!.visual!;
    expect(`${next.source?.provider}:${next.source?.id}`).not.toBe(`pexels:${first.scenes[1]!.visual!.source!.id}`);
  });

  it('draws a chart from the scene’s figures, or says there are none', async () => {
    const result = await revise('use a chart for scene 4');
    expect(revised(result).scenes[3]!.visual).toMatchObject({ kind: 'chart', pinned: true, chart: { items: expect.any(Array) } });
    const none = await revise('use a chart for scene 1');
    expect(none.kind).toBe('unclear');
    expect(none.message).toMatch(/scene 1 has no figures to draw a chart from/);
  });

  it('turns library pictures into footage when a stock service is configured', async () => {
    const result = await revise('more footage, fewer icons', { providers: pexels() });
    const after = revised(result);
    expect(after.visual_preference).toBe('footage');
    // Bullets and statistics get footage too once asked; only charts keep their figures.
    const kinds = after.scenes.map((s) => s.visual?.kind);
    expect(kinds.filter((k) => k === 'stock_video' || k === 'stock_image').length).toBeGreaterThanOrEqual(4);
    expect(result.message).toContain('Stock footage on every scene where a provider has some');
  });

  it('says honestly that more footage needs a stock service', async () => {
    const result = await revise('more footage, fewer icons');
    expect(result.kind).toBe('unclear');
    expect(result.message).toMatch(/no stock footage service is configured \(set PEXELS_API_KEY or PIXABAY_API_KEY\)/);
  });

  it('keeps a pinned picture when the providers would choose another', async () => {
    const after = revised(await revise("use the illustration 'honeybee' for scene 1", { providers: pexels() }));
    expect(after.scenes[0]!.visual).toMatchObject({ kind: 'illustration', source: { id: 'honeybee' }, pinned: true });
  });
});
