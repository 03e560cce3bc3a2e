import type { Image } from '@napi-rs/canvas';
import type { Storyboard } from '../../storyboard/index.js';
import type { Style } from '../../styles/index.js';
import type { BrandLogo } from './load-brand-logo.js';
import type { Box } from './scene-geometry.js';

export interface SceneDrawing {
  /** Output size in pixels; the context may be scaled (a half-size preview draws the same layout). */
  width: number;
  height: number;
  storyboard: Storyboard;
  sceneIndex: number;
  style: Style;
  /** The scene's media asset, decoded (image, or a frame of a video), or null. */
  media: Image | null;
  /** Keep the presenter's area free (when a presenter is composited over the scene). */
  reservePresenter?: boolean;
  /**
   * The box the presenter is actually drawn in (its layer's box), which the logo keeps clear of; null for
   * none. Omitted: the placement's whole area when `reservePresenter` is set.
   */
  presenterBox?: Box | null;
  /** The brand logo, decoded, or null: drawn in a corner of every scene (see logoPlacement). */
  logo?: BrandLogo | null;
  /**
   * For a media scene whose media moves (a clip, or pan/zoom), drawn in two layers around it: 'below'
   * everything under the media (the media's place left empty), 'above' what lies over it (scrim and
   * headline of a full-bleed scene) on a transparent canvas. Default: the whole scene.
   */
  part?: 'all' | 'below' | 'above';
  /**
   * The window of the fitted media to show, as a pan or zoom leaves it: `zoom` ≥ 1 and the window's top-left
   * as fractions (0–1) of the room the zoom leaves. Used to draw a moving scene's last look (where a transition
   * out of it starts). Default: the whole fitted media.
   */
  mediaView?: MediaView;
  /**
   * How far the scene's chart has built up (0–1; default 1, complete, as it holds), or null to leave the chart
   * out: the background its animation frames are drawn over.
   */
  chartProgress?: number | null;
}

export interface MediaView {
  zoom: number;
  x: number;
  y: number;
}
