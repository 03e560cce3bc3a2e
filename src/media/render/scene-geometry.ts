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

/**
 * The safe area for slide content: margins, room for the header line, the caption band, and (when a
 * presenter is composited) the presenter's area.
 */
export function contentBox(width: number, height: number, placement: PresenterPlacement, reservePresenter: boolean): Box {
  const portrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const marginX = (portrait ? 84 : 128) * unit;
  const top = (portrait ? 220 : 150) * unit;
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
