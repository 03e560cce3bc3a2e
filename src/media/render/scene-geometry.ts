import type { PresenterPlacement } from '../../storyboard/index.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The band along the bottom kept free of slide content, so burned-in captions never cover it. */
export function captionBand(width: number, height: number): Box {
  const band = height > width ? height * 0.2 : height * 0.17;
  return { x: 0, y: height - band, width, height: band };
}

/**
 * Where the presenter would stand: the right third (landscape) or lower part (portrait) for `side`,
 * a small corner for `corner`. Null for `none` and `full` (a full presenter scene has its own layout).
 */
export function presenterBox(width: number, height: number, placement: PresenterPlacement): Box | null {
  const portrait = height > width;
  if (placement === 'side') {
    return portrait ? { x: 0, y: height * 0.5, width, height: height * 0.3 } : { x: width * 0.64, y: 0, width: width * 0.36, height };
  }
  if (placement === 'corner') {
    const size = Math.min(width, height) * 0.3;
    const band = captionBand(width, height);
    return { x: width - size - width * 0.03, y: band.y - size, width: size, height: size };
  }
  return null;
}

/** Side margin and content top of a frame, and its unit (1 px at 1080): the slide's fixed grid. */
function frameMargins(width: number, height: number): { unit: number; marginX: number; top: number } {
  const portrait = height > width;
  const unit = Math.min(width, height) / 1080;
  return { unit, marginX: (portrait ? 84 : 128) * unit, top: (portrait ? 220 : 150) * unit };
}

/**
 * The safe area for slide content: margins, room for the header line, the caption band, and (when a
 * presenter is composited) the presenter's area.
 */
export function contentBox(width: number, height: number, placement: PresenterPlacement, reservePresenter: boolean): Box {
  const { unit, marginX, top } = frameMargins(width, height);
  const portrait = height > width;
  const band = captionBand(width, height);
  let box: Box = { x: marginX, y: top, width: width - 2 * marginX, height: band.y - top };
  const presenter = reservePresenter ? presenterBox(width, height, placement) : null;
  if (presenter && placement === 'side') {
    box = portrait ? { ...box, height: presenter.y - box.y - 40 * unit } : { ...box, width: presenter.x - box.x - 40 * unit };
  } else if (presenter && placement === 'corner') {
    box = { ...box, width: Math.min(box.width, presenter.x - box.x - 40 * unit) };
  }
  return box;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The largest box a brand logo is fitted into, at 1080 (it scales with the frame). */
const LOGO_MAX = { landscape: { width: 240, height: 64 }, portrait: { width: 220, height: 64 } };
/** Clear space kept between the logo and whatever it moves aside for. */
const LOGO_GAP = 32;

/**
 * Where the brand logo goes: right-aligned to the slide margin and centred on the header row (title and
 * scene counter), so it stands in the same place on every scene and always above the content box (and so
 * above every headline) and far from the caption band. Fitted to a small box with its aspect kept. When a
 * box in `avoid` (the presenter's) lies under it, it moves left just clear of it; null if that leaves no room.
 */
export function logoBox(width: number, height: number, logo: { width: number; height: number }, avoid: readonly Box[] = []): Box | null {
  if (!(logo.width > 0 && logo.height > 0)) return null;
  const { unit, marginX, top } = frameMargins(width, height);
  const max = height > width ? LOGO_MAX.portrait : LOGO_MAX.landscape;
  const scale = Math.min((max.width * unit) / logo.width, (max.height * unit) / logo.height);
  const w = logo.width * scale;
  const h = logo.height * scale;
  // The header row's middle: drawHeader sets its 26-unit text 64 units above the content box.
  const centreY = top - 48 * unit;
  let box: Box = { x: width - marginX - w, y: centreY - h / 2, width: w, height: h };
  for (let moves = 0; moves <= avoid.length; moves += 1) {
    const under = avoid.find((other) => boxesOverlap(box, other));
    if (!under) return box.x >= marginX ? box : null;
    box = { ...box, x: under.x - LOGO_GAP * unit - w };
  }
  return null;
}

/** yuv420p wants even positions and sizes for an overlay to land exactly: the presenter's box in the video. */
export function evenBox(box: Box | null): Box | null {
  if (!box) return null;
  const even = (n: number) => 2 * Math.round(n / 2);
  return { x: even(box.x), y: even(box.y), width: even(box.width), height: even(box.height) };
}
