export interface PresenterBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PresenterBoxPlacement = 'full' | 'side' | 'corner';

/**
 * Where the presenter is drawn in a width×height frame. `side` and `corner` are the areas the slide layout
 * keeps free (the same arithmetic as src/media/render/scene-geometry.ts `presenterBox`, so slide content
 * never runs under the presenter); `full` is a large centred bust standing on the bottom edge (the captions
 * then lie over the chest, as in a filmed presenter shot).
 */
export function presenterBoxFor(placement: PresenterBoxPlacement, width: number, height: number): PresenterBox {
  const portrait = height > width;
  if (placement === 'side') {
    return portrait ? { x: 0, y: height * 0.5, width, height: height * 0.3 } : { x: width * 0.64, y: 0, width: width * 0.36, height };
  }
  if (placement === 'corner') {
    const size = Math.min(width, height) * 0.3;
    // Above the caption band (17 % of the height in landscape, 20 % in portrait).
    const bandY = height - (portrait ? height * 0.2 : height * 0.17);
    return { x: width - size - width * 0.03, y: bandY - size, width: size, height: size };
  }
  return portrait
    ? { x: 0, y: height * 0.3, width, height: height * 0.7 }
    : { x: width * 0.18, y: height * 0.06, width: width * 0.64, height: height * 0.94 };
}
