import { join } from 'node:path';
import type { Segments } from './build-segments.js';
import type { Timeline } from './plan-scene-timeline.js';
import type { RenderStep } from './render-step.js';
import { writeConcatList } from './write-concat-list.js';

const GIF_SEC = 3;

export interface Gif {
  /** A ~3 s, 480 px wide animated GIF of the start of the captioned video. */
  gifPath: string;
}

/** The GIF preview, from the captioned segments (alongside the muxing). */
export const makeGif: RenderStep<Segments & Pick<Timeline, 'totalSec'>, Gif> = {
  id: 'make-gif',
  stage: 'encode',
  weight: 0,
  async run({ segments, totalSec }, ctx) {
    const gifPath = join(ctx.workDir, 'preview.gif');
    const gifSec = Math.min(GIF_SEC, totalSec);
    const list = await writeConcatList(ctx.workDir, segments.map((s) => ({ path: s.captioned, seconds: s.seconds })), 'gif');
    await ctx.ffmpeg([
      '-f', 'concat', '-safe', '0', '-t', gifSec.toFixed(3), '-i', list,
      '-filter_complex', `fps=10,scale=480:-2:flags=lanczos,split[a][b];[a]palettegen=max_colors=128:stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4`,
      // The video holds repeated frames, so the input's last frame may reach past gifSec: count the output.
      '-frames:v', String(Math.max(1, Math.round(gifSec * 10))),
      '-loop', '0', gifPath,
    ]);
    return { gifPath };
  },
};
