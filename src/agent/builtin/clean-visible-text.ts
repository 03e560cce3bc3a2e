import { storyboardGlyphCoverage } from '../../media/fonts/index.js';
import type { Scene, Storyboard } from '../../storyboard/index.js';
import { headlineFrom, stripEmoji } from '../text/index.js';

/**
 * The storyboard with no text a render would draw as a missing-glyph box: emoji are taken out of every
 * text (no bundled font draws them, and a narrator cannot say them), and any other character no bundled
 * font covers is dropped and named, so the planner's message can say so. Scenes left without narration go.
 */
export function cleanVisibleText(storyboard: Storyboard): { storyboard: Storyboard; dropped: string[] } {
  const emojiFree = mapText(storyboard, stripEmoji);
  const { missing } = storyboardGlyphCoverage(emojiFree);
  if (missing.length === 0) return { storyboard: emojiFree, dropped: [] };
  const unknown = new Set(missing);
  const strip = (text: string): string => [...text].filter((c) => !unknown.has(c)).join('').replace(/[ \t]{2,}/g, ' ').trim();
  return { storyboard: mapText(emojiFree, strip), dropped: missing };
}

function mapText(storyboard: Storyboard, clean: (text: string) => string): Storyboard {
  const scenes: Scene[] = [];
  for (const scene of storyboard.scenes) {
    const narration = clean(scene.narration);
    if (!/[\p{L}\p{N}]/u.test(narration)) continue;
    const next: Scene = { ...scene, narration };
    const headline = scene.headline === undefined ? undefined : clean(scene.headline);
    if (headline !== undefined) {
      if (headline) next.headline = headline;
      else next.headline = headlineFrom(narration, 7);
    }
    if (scene.bullets) {
      const bullets = scene.bullets.map(clean).filter((b) => /[\p{L}\p{N}]/u.test(b));
      if (bullets.length >= 2) next.bullets = bullets;
      else {
        delete next.bullets;
        if (next.layout === 'bullets') next.layout = 'presenter';
      }
    }
    if (scene.stat !== undefined) next.stat = clean(scene.stat) || scene.stat.replace(/[^\p{N}%.,+-]/gu, '');
    if (scene.attribution !== undefined) next.attribution = clean(scene.attribution);
    if (next.attribution === '') delete next.attribution;
    scenes.push(next);
  }
  const first = scenes[0];
  const title = clean(storyboard.title) || (first ? headlineFrom(first.narration, 7) : storyboard.title);
  return { ...storyboard, title, scenes: scenes.length > 0 ? scenes : storyboard.scenes };
}
