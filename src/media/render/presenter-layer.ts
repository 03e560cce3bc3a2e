import type { SKRSContext2D } from '@napi-rs/canvas';
import type { PresenterPlacement } from '../../storyboard/index.js';
import {
  drawPresenter, getAvatarLook, mouthCues, PRESENTER_DESIGN_HEIGHT, PRESENTER_DESIGN_WIDTH, presenterBoxFor, presenterPose, type AvatarLook,
} from '../presenter/index.js';
import type { PhonemeTiming } from '../tts/index.js';
import { contentHash } from './render-cache.js';
import type { Box } from './scene-geometry.js';

/**
 * What the renderer needs from a presenter: where it stands, and a drawer of its frames for one scene.
 * The renderer sends only the presenter's box per frame (raw RGBA) and lets ffmpeg lay it over the still.
 */
export interface PresenterLayer {
  /** Identity of the look, for cache keys (a different look draws different pixels). */
  readonly key: string;
  box(placement: PresenterPlacement, width: number, height: number): Box | null;
  /**
   * A drawer for one scene: `phonemes` are on the scene's own clock (0 = the scene's first frame), so a
   * scene's frames do not depend on what comes before it and its segment can be cached on its own.
   * The context is `box`-sized and cleared before each call.
   */
  sceneDrawer(scene: { phonemes: readonly PhonemeTiming[]; seed: string; box: Box; fps: number }): (ctx: SKRSContext2D, frame: number) => void;
}

/**
 * The drawn presenter (src/media/presenter) as a layer. Its box is the placement's area shrunk to the
 * bust actually drawn (bottom-aligned, centred, at the design's aspect), so fewer pixels cross the pipe.
 */
export function createPresenterLayer(look: AvatarLook): PresenterLayer {
  return {
    key: contentHash('presenter-v1', JSON.stringify(look)),
    box(placement, width, height) {
      if (placement === 'none') return null;
      const area = presenterBoxFor(placement, width, height);
      const scale = Math.min(area.width / PRESENTER_DESIGN_WIDTH, area.height / PRESENTER_DESIGN_HEIGHT);
      const w = Math.min(area.width, Math.ceil(PRESENTER_DESIGN_WIDTH * scale) + 2);
      const h = Math.min(area.height, Math.ceil(PRESENTER_DESIGN_HEIGHT * scale) + 2);
      return { x: area.x + (area.width - w) / 2, y: area.y + area.height - h, width: w, height: h };
    },
    sceneDrawer({ phonemes, seed, box, fps }) {
      const cues = mouthCues(phonemes, fps);
      const local = { x: 0, y: 0, width: box.width, height: box.height };
      return (ctx, frame) => drawPresenter(ctx, look, presenterPose(look, cues, frame / fps, seed), local);
    },
  };
}

/** The default lookup: a built-in avatar look by id, or null (no presenter drawn) for an unknown id. */
export function builtInPresenter(avatarId: string): PresenterLayer | null {
  const look = getAvatarLook(avatarId);
  return look ? createPresenterLayer(look) : null;
}
