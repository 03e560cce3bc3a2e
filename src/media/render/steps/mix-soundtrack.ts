import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bedArgs, bedTonesWav, buildMixFilter, buildNarrationTrack, isBuiltInBed, measureLoudnessFilter, normaliseFilter, parseIntegratedLoudness, type MixBackground, type NarrationClip } from '../../audio/index.js';
import { encodeWav } from '../../tts/index.js';
import { contentHash } from '../render-cache.js';
import { isVisualAsset } from '../visuals/index.js';
import type { LoadedMedia } from './load-media.js';
import type { Timeline } from './plan-scene-timeline.js';
import type { RenderContext } from './render-context.js';
import type { RenderStep } from './render-step.js';
import type { Narration } from './synthesize-narration.js';

const SAMPLE_RATE = 22050;

export interface Soundtrack {
  /** AAC in MP4, the video's length, at −16 LUFS. */
  audioPath: string;
}

/**
 * The soundtrack: narration, the music bed ducked under it and clip sound, measured in a first pass and brought
 * to −16 LUFS. Cached by everything it is made of; runs alongside the first segments.
 */
export const mixSoundtrack: RenderStep<Narration & Timeline & Pick<LoadedMedia, 'media'>, Soundtrack> = {
  id: 'mix-soundtrack',
  stage: 'encode',
  weight: 0,
  async run({ syntheses, timeline, totalSec, media }, ctx) {
    const { storyboard, workDir } = ctx;
    const clips: NarrationClip[] = [];
    storyboard.scenes.forEach((_, i) => {
      const synthesis = syntheses[i];
      if (synthesis) clips.push({ samples: synthesis.samples, sampleRate: synthesis.sampleRate, start: timeline[i]!.narrationStart });
    });
    const sampleRate = clips[0]?.sampleRate ?? SAMPLE_RATE;
    const wav = encodeWav(buildNarrationTrack(clips, totalSec, sampleRate), sampleRate);
    const inputs: string[] = [];
    const backgrounds: MixBackground[] = [];
    const keyParts: string[] = [];
    if (storyboard.music && storyboard.music.volume > 0) {
      const path = await musicPath(ctx, storyboard.music.track);
      backgrounds.push({ input: 1, start: 0, duration: totalSec, volume: storyboard.music.volume * 0.6 });
      inputs.push('-stream_loop', '-1', '-i', path);
      keyParts.push(JSON.stringify(storyboard.music), path);
    }
    storyboard.scenes.forEach((scene, i) => {
      const file = scene.media ? media.get(scene.media.asset_id) : null;
      // Stock footage plays silent under the narration (its sound is rarely what the scene says).
      if (!file || file.kind !== 'video' || scene.layout !== 'media' || isVisualAsset(scene.media!.asset_id)) return;
      const t = timeline[i]!;
      backgrounds.push({ input: 1 + backgrounds.length, start: t.start, duration: t.duration, volume: 0.5 });
      inputs.push('-stream_loop', '-1', '-i', file.path);
      keyParts.push(`${file.fingerprint}@${t.start}+${t.duration}`);
    });
    const key = contentHash('audio-v2', wav, String(totalSec), ...keyParts);
    const [out] = await ctx.cache.step(`audio:${key}`, ['soundtrack.m4a'], async ([m4a]) => {
      const narrationPath = join(workDir, 'narration.wav');
      await writeFile(narrationPath, wav);
      const mix = buildMixFilter({ narrationInput: 0, backgrounds, totalSec });
      await writeFile(join(workDir, 'audio-measure.graph'), measureLoudnessFilter(mix));
      const { stderr } = await ctx.ffmpeg(['-i', narrationPath, ...inputs, '-filter_complex_script', 'audio-measure.graph', '-map', '[aout]', '-f', 'null', '-'], { cwd: workDir });
      await writeFile(join(workDir, 'audio.graph'), normaliseFilter(mix, parseIntegratedLoudness(stderr), totalSec));
      await ctx.ffmpeg(['-i', narrationPath, ...inputs, '-filter_complex_script', 'audio.graph', '-map', '[aout]', '-c:a', 'aac', '-b:a', '160k', '-f', 'mp4', m4a!], { cwd: workDir });
    });
    return { audioPath: out! };
  },
};

/** A built-in bed (synthesised once, cached), or the music asset's file. */
async function musicPath(ctx: RenderContext, track: string): Promise<string> {
  if (isBuiltInBed(track)) {
    const [wav] = await ctx.cache.step(`bed:${track}-v2`, ['bed.wav'], async ([out]) => {
      const tones = join(ctx.workDir, `bed-${track}-tones.wav`);
      await writeFile(tones, bedTonesWav(track));
      await ctx.ffmpeg(bedArgs(tones, out!).slice(3));
    });
    return wav!;
  }
  return (await ctx.resolveAsset(track)).path;
}
