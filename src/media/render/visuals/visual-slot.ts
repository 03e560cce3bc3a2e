import type { Layout, Scene, Storyboard } from '../../../storyboard/index.js';
import { textDirection } from '../../text/index.js';
import type { Box } from '../scene-geometry.js';
import { isLibraryProvider } from './visual-image.js';

/** What a slide draws in its picture slot: a library illustration (or icon), or a chart; null for none. */
export type PictureKind = 'illustration' | 'chart';

/** The scene's drawable picture, if it has one (a user's or a stock file is drawn by the media layout instead). */
export function pictureOf(scene: Scene): PictureKind | null {
  const visual = scene.visual;
  if (!visual || scene.media) return null;
  if (visual.kind === 'chart' && (visual.chart?.items.length ?? 0) > 0) return 'chart';
  if ((visual.kind === 'illustration' || visual.kind === 'icon') && isLibraryProvider(visual.source?.provider)) return 'illustration';
  return null;
}

export interface VisualSlot {
  /** Where the slide's words go. */
  text: Box;
  /** Where its picture goes; null when the scene has none (the words then take the whole area). */
  picture: Box | null;
}

type Split = (area: Box, portrait: boolean, gap: number) => VisualSlot | null;

/** The picture on the right (or, mirrored for a right-to-left script, the left), the words beside it. */
const beside = (share: number, rtl = false): Split => (area, _portrait, gap) => {
  const width = area.width * share;
  const picture = { x: rtl ? area.x : area.x + area.width - width, y: area.y, width, height: area.height };
  return { picture, text: { x: rtl ? area.x + width + gap : area.x, y: area.y, width: area.width - width - gap, height: area.height } };
};

/** The picture above the words. */
const above = (share: number): Split => (area, _portrait, gap) => {
  const height = area.height * share;
  return { picture: { ...area, height }, text: { x: area.x, y: area.y + height + gap, width: area.width, height: area.height - height - gap } };
};

/** The words on top (a stat's headline), the chart under them. */
const below = (share: number): Split => (area, _portrait, gap) => {
  const height = area.height * share;
  return { picture: { x: area.x, y: area.y + area.height - height, width: area.width, height }, text: { ...area, height: area.height - height - gap } };
};

/**
 * One split in landscape, another in portrait. A presenter standing at the side takes a third of a landscape
 * frame's width (or a third of a portrait frame's height): `turn` then swaps them, so the picture goes where the
 * room is left (above the words in landscape, beside them in portrait).
 */
const byOrientation = (landscape: Split, portrait: Split | null, turn = false): Split => (area, isPortrait, gap) => {
  const split = isPortrait !== turn ? portrait : landscape;
  return split ? split(area, isPortrait, gap) : null;
};

/**
 * Where each layout puts its picture: a title's hero beside its headline (above it in portrait), a talking
 * point's or a quote's beside or above the words, a closing scene's above its call to action, a stat's chart
 * under its headline. A bulleted list keeps its icons, with a smaller picture beside or above them. `media` scenes
 * place their own. A `Record`, so a new layout fails the type check until it has a place for pictures.
 */
const SPLITS: Record<Layout, (kind: PictureKind, rtl: boolean, turn: boolean) => Split | null> = {
  title: (_kind, rtl, turn) => byOrientation(beside(0.4, rtl), above(0.42), turn),
  presenter: (_kind, rtl, turn) => byOrientation(beside(0.42, rtl), above(0.42), turn),
  quote: (_kind, rtl, turn) => byOrientation(beside(0.36, rtl), above(0.34), turn),
  cta: () => byOrientation(above(0.38), above(0.36)),
  bullets: (kind, rtl) => (kind === 'chart' ? byOrientation(beside(0.46, rtl), above(0.42)) : byOrientation(beside(0.3, rtl), above(0.3))),
  stat: (kind, rtl, turn) => (kind === 'chart' ? below(0.74) : byOrientation(beside(0.4, rtl), above(0.4), turn)),
  media: () => null,
};

/**
 * The slide's area split between its words and its picture (the area is already clear of the presenter).
 * `rtl`: the words read right to left (the picture then stands on the left); `presenterAtSide`: see byOrientation.
 */
export function visualSlot(scene: Scene, area: Box, o: { portrait: boolean; unit: number; rtl?: boolean; presenterAtSide?: boolean }): VisualSlot {
  const kind = pictureOf(scene);
  const split = kind ? SPLITS[scene.layout](kind, o.rtl ?? false, o.presenterAtSide ?? false) : null;
  return split?.(area, o.portrait, (o.portrait ? 56 : 72) * o.unit) ?? { text: area, picture: null };
}

/** The scene's split between words and picture, as the layouts draw it (also where kinetic words and charts go). */
export function sceneSlot(d: { storyboard: Storyboard; reservePresenter?: boolean }, scene: Scene, frame: { area: Box; portrait: boolean; unit: number }): VisualSlot {
  const headline = scene.headline?.trim() || d.storyboard.title;
  const rtl = textDirection(headline) === 'rtl';
  return visualSlot(scene, frame.area, { portrait: frame.portrait, unit: frame.unit, rtl, presenterAtSide: (d.reservePresenter ?? false) && scene.presenter === 'side' });
}
