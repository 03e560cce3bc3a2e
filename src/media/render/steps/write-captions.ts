import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SCENE_LEAD_SEC } from '../../../storyboard/index.js';
import { bundledFontFiles } from '../../../styles/index.js';
import { familyListFiles } from '../../fonts/index.js';
import { buildSrt } from '../build-srt.js';
import { buildVtt } from '../build-vtt.js';
import { captionWords, groupCaptionCues, shiftCue, type CaptionCue } from '../caption-cues.js';
import type { Timeline } from './plan-scene-timeline.js';
import type { RenderStep } from './render-step.js';
import type { Narration } from './synthesize-narration.js';

export interface Captions {
  /**
   * Each scene's cues on the scene's own clock (narration starts SCENE_LEAD_SEC in), so an unchanged scene gets
   * bit-identical cues (and a segment cache hit) wherever an edit moves it in the video. Cues never span two scenes.
   */
  sceneCues: CaptionCue[][];
  subtitlePath: string;
  vttPath: string;
  /** Burned into the captioned video (storyboard.captions.enabled); the bundled fonts are then in `workDir/fonts`. */
  captionsOn: boolean;
}

/** The caption cues, the SRT and WebVTT files on the video's clock, and the fonts libass burns them with. */
export const writeCaptions: RenderStep<Narration & Pick<Timeline, 'timeline'>, Captions> = {
  id: 'write-captions',
  stage: 'encode',
  weight: 0,
  async run({ syntheses, timeline }, ctx) {
    const { storyboard, workDir } = ctx;
    const cueOptions = ctx.portrait ? { maxWords: 3, maxChars: 20 } : { maxWords: 5, maxChars: 32 };
    const sceneCues = storyboard.scenes.map((scene, i) => {
      const synthesis = syntheses[i];
      return synthesis ? groupCaptionCues(captionWords(scene.narration, synthesis.words, SCENE_LEAD_SEC), cueOptions) : [];
    });
    const cues = sceneCues.flatMap((cuesOfScene, i) => cuesOfScene.map((cue) => shiftCue(cue, timeline[i]!.start)));
    const subtitlePath = join(workDir, 'captions.srt');
    const vttPath = join(workDir, 'captions.vtt');
    await writeFile(subtitlePath, buildSrt(cues));
    await writeFile(vttPath, buildVtt(cues));
    const captionsOn = storyboard.captions.enabled;
    // Key words on pictures are burned by libass too, in the heading face, captions on or off.
    if (captionsOn || storyboard.scenes.some((scene) => scene.visual)) {
      const fontsDir = join(workDir, 'fonts');
      await mkdir(fontsDir, { recursive: true });
      // The caption and heading fonts' whole fallback chains (Noto faces for other scripts) go where libass looks.
      const files = new Set([...bundledFontFiles(), ...familyListFiles(ctx.style.fonts.body), ...familyListFiles(ctx.style.fonts.heading)]);
      await Promise.all([...files].map((file) => copyFile(file, join(fontsDir, basename(file)))));
    }
    return { sceneCues, subtitlePath, vttPath, captionsOn };
  },
};
