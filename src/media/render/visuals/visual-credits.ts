import type { Storyboard } from '../../../storyboard/index.js';

/**
 * The credits a video's pictures ask for, one line per source, in scene order without repeats: each stock clip
 * or photo ("Video by … on Pexels", with its page), each generated image's model, and the illustration and
 * icon libraries once. The user's own media need none.
 */
export function visualCredits(storyboard: Pick<Storyboard, 'scenes'>): string[] {
  const lines = new Set<string>();
  for (const scene of storyboard.scenes) {
    const visual = scene.visual;
    if (!visual || visual.kind === 'user_media' || !visual.attribution?.trim()) continue;
    const url = visual.source?.url;
    lines.add(url ? `${visual.attribution.trim()} (${url})` : visual.attribution.trim());
    if (visual.bullet_icons?.length) lines.add('Lucide icons (ISC)');
  }
  return [...lines];
}
