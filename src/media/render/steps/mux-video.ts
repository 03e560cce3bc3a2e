import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Segments } from './build-segments.js';
import type { RenderStep } from './render-step.js';
import type { Soundtrack } from './mix-soundtrack.js';
import type { Captions } from './write-captions.js';
import { writeConcatList } from './write-concat-list.js';
import { visualCredits } from '../visuals/index.js';

export interface MuxedVideo {
  videoPath: string;
  /** The captioned segments joined; a copy of videoPath with captions off. */
  captionedVideoPath: string;
}

/** The segments joined by the concat demuxer (no re-encoding) and muxed with the soundtrack, clean and captioned. */
export const muxVideo: RenderStep<Segments & Soundtrack & Pick<Captions, 'captionsOn'>, MuxedVideo> = {
  id: 'mux-video',
  stage: 'encode',
  weight: 0.075,
  async run({ segments, audioPath, captionsOn }, ctx, progress) {
    const videoPath = join(ctx.workDir, 'video.mp4');
    const captionedVideoPath = join(ctx.workDir, 'video-captioned.mp4');
    // The pictures' credits travel with the file, in its comment.
    const credits = visualCredits(ctx.source);
    const metadata = credits.length ? ['-metadata', `comment=Credits: ${credits.join('; ')}`] : [];
    const mux = async (which: 'clean' | 'captioned', out: string) => {
      const list = await writeConcatList(ctx.workDir, segments.map((s) => ({ path: s[which], seconds: s.seconds })), which);
      await ctx.ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-i', audioPath, '-map', '0:v', '-map', '1:a', '-c', 'copy', ...metadata, '-movflags', '+faststart', out]);
    };
    await Promise.all([
      mux('clean', videoPath).then(() => (captionsOn ? undefined : copyFile(videoPath, captionedVideoPath))),
      captionsOn ? mux('captioned', captionedVideoPath) : undefined,
    ]);
    progress(1);
    return { videoPath, captionedVideoPath };
  },
};
