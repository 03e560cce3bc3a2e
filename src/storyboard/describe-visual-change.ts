import type { Scene, Storyboard } from './storyboard.js';

const providerNames: Record<string, string> = { pexels: 'Pexels', pixabay: 'Pixabay' };

/** "Scene 2 now shows a stock photo of “beach” (Pexels)", or null when the scene's picture did not change. */
export function describeVisualChange(old: Scene, scene: Scene, n: number): string | null {
  if (JSON.stringify(old.visual ?? null) === JSON.stringify(scene.visual ?? null) && Boolean(old.no_visual) === Boolean(scene.no_visual)) return null;
  const mediaChanged = JSON.stringify(old.media ?? null) !== JSON.stringify(scene.media ?? null);
  const visual = scene.visual;
  // "New media in scene n" / "Removed the media from scene n" already say it.
  if (!visual) return scene.no_visual && !(mediaChanged && !scene.media) ? `Removed the picture from scene ${n}` : null;
  const from = visual.source ? (providerNames[visual.source.provider] ?? null) : null;
  const named = visual.source?.id.replaceAll('-', ' ') ?? visual.query ?? '';
  switch (visual.kind) {
    case 'illustration':
      return `Scene ${n} now shows the illustration “${named}”`;
    case 'icon':
      return `Scene ${n} now shows the icon “${named}”`;
    case 'chart':
      return `Scene ${n} now shows a ${visual.chart?.type ?? 'bar'} chart of its figures`;
    case 'stock_image':
      return `Scene ${n} now shows a stock photo of “${visual.query ?? named}”${from ? ` (${from})` : ''}`;
    case 'stock_video':
      return `Scene ${n} now shows stock footage of “${visual.query ?? named}”${from ? ` (${from})` : ''}`;
    case 'generated_image':
      return `Scene ${n} now shows an image generated from “${short(visual.query ?? '')}”`;
    case 'user_media':
      return mediaChanged ? null : `Scene ${n} now shows your upload`;
  }
}

/** "Stock footage on every scene it fits from now on", or null when the preference did not change. */
export function describeVisualPreference(before: Storyboard, after: Storyboard): string | null {
  if (before.visual_preference === after.visual_preference) return null;
  if (after.visual_preference === 'footage') return 'Stock footage on every scene where a provider has some';
  if (after.visual_preference === 'library') return 'Pictures from the built-in library only';
  return 'Back to the default mix of pictures';
}

function short(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
