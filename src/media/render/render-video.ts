import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCanvas, type Image } from '@napi-rs/canvas';
import { CancelledError } from '../../errors/index.js';
import { runProcess } from '../../process/index.js';
import { SCENE_LEAD_SEC, type Storyboard } from '../../storyboard/index.js';
import { bundledFontFiles, registerBundledFonts } from '../../styles/index.js';
import { bedArgs, bedTonesWav, buildMixFilter, buildNarrationTrack, isBuiltInBed, measureLoudnessFilter, normaliseFilter, parseIntegratedLoudness, type MixBackground, type NarrationClip } from '../audio/index.js';
import { probeMedia } from '../probe/index.js';
import { familyListFiles } from '../fonts/index.js';
import { encodeWav, type Synthesis, type TtsEngine } from '../tts/index.js';
import { buildAss, captionChangeFrames } from './build-ass.js';
import { buildSegmentGraph, motionEnd, type SegmentMedia } from './build-segment-graph.js';
import { buildSrt } from './build-srt.js';
import { buildVtt } from './build-vtt.js';
import { cachedSynthesize } from './cached-synthesize.js';
import { captionWords, groupCaptionCues, type CaptionCue } from './caption-cues.js';
import { drawScene, mediaPlacement } from './draw-scene.js';
import { loadBrandLogo } from './load-brand-logo.js';
import { loadSceneMedia, type ResolveAsset } from './load-scene-media.js';
import { FPS, planTimeline, type TimelineScene } from './plan-timeline.js';
import { builtInPresenter, type PresenterLayer } from './presenter-layer.js';
import { contentHash, RenderCache } from './render-cache.js';
import { createProgressReporter, type RenderProgress } from './render-progress.js';
import { frameSize, styleFor } from './render-scene-image.js';
import { evenBox } from './scene-geometry.js';

export interface RenderVideoOptions {
  tts: TtsEngine;
  /** An empty folder the render may fill; the caller deletes it. */
  workDir: string;
  /**
   * A folder kept between renders (e.g. DATA_DIR/cache/render): narration, scene segments, the soundtrack
   * and music beds are remembered there by content hash, so a revision re-encodes only what changed.
   * Without it every render starts from nothing.
   */
  cacheDir?: string;
  ffmpegPath: string;
  resolveAsset: ResolveAsset;
  /**
   * The presenter for `storyboard.avatar_id` (default: the built-in looks of src/avatars); null draws
   * the scenes without one.
   */
  presenterFor?: (avatarId: string) => PresenterLayer | null;
  /** Output height: 1080 (default) or 720 (1280×720 / 720×1280). */
  resolution?: 1080 | 720;
  /**
   * Scene segments encoded at once (default 1: one segment already keeps both cores busy — two x264
   * encodes plus the presenter's drawing — and a second in parallel would push peak memory past 1 GiB).
   */
  concurrency?: number;
  /**
   * Encode every frame (constant 30 fps). By default a frame that repeats the one before is not encoded again: the
   * one before is shown longer (variable frame rate on a 1/30 s clock). The picture at every 1/30 s is the same
   * either way; constant frame rate costs about a third more encoding and suits editors that dislike VFR.
   */
  constantFrameRate?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: RenderProgress) => void;
  /**
   * Makes the render's cache (default: `new RenderCache(dir, scratchDir)`); src/render-farm passes one that
   * shares steps between machines through the blob store.
   */
  createCache?: (dir: string | null, scratchDir: string) => RenderCache;
}

export interface SceneSegmentsOptions extends RenderVideoOptions {
  /** Scene indexes whose segments (a transition part, if any, and the hold part) are encoded. */
  scenes: readonly number[];
}

export interface SceneSegmentsOutput {
  /** In video order; `stepId` is the cache step (`segment:<hash>`) that holds the files. */
  segments: { scene: number; transition: boolean; stepId: string; clean: string; captioned: string; seconds: number }[];
  cache: { hits: string[]; misses: string[] };
}

export interface RenderOutput {
  videoPath: string;
  /** With captions burned in; the same picture as videoPath (a copy) when storyboard.captions.enabled is false. */
  captionedVideoPath: string;
  thumbnailPath: string;
  subtitlePath: string;
  /** WebVTT captions with per-word timestamps. */
  vttPath: string;
  /** A ~3 s, 480 px wide animated GIF of the start of the captioned video. */
  gifPath: string;
  /** Seconds, measured from the output file. */
  duration: number;
  scenes: { id: string; start: number; duration: number }[];
  /** A copy of the storyboard with each scene's measured duration_sec. */
  storyboard: Storyboard;
  /** Step ids (`segment:<hash>`, `tts:<hash>`, `audio:<hash>`, `bed:<name>`) reused from the cache and built afresh; no hits without a cacheDir. */
  cache: { hits: string[]; misses: string[] };
}

const SAMPLE_RATE = 22050;
const FADE_OUT_SEC = 0.5;
/** Bump when a change to drawing or encoding would make cached segments wrong. */
const SEGMENT_VERSION = 'seg-v5';
/**
 * The presenter is drawn and piped at half the video's rate; ffmpeg's overlay holds each drawing for two
 * frames. Mouth shapes and sway read fine at 15 fps, and drawing, piping and converting the box (the
 * render's largest cost after x264) halve.
 */
const PRESENTER_FPS = 15;
/** An image's slow pan or zoom steps at this rate too (each step moves well under two pixels). */
const MOTION_FPS = 15;
const GIF_SEC = 3;
// Two frame threads per encoder: up to four encoders run at once (two segments × clean/captioned) on two
// cores, and x264's default (1.5 × cores, plus lookahead) holds more frames in memory for no gain here.
const X264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-threads', '2'];
/** Constant frame rate makes ffmpeg emit exactly one frame per 1/30 s; variable passes the kept frames' own times. */
const frameRateArgs = (constant: boolean) => (constant ? ['-r', String(FPS)] : ['-vsync', 'vfr']);

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Runs `tasks` with at most `limit` at a time; the first failure rejects (the others still settle). */
async function runLimited(limit: number, tasks: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < tasks.length && failure === null) {
      const task = tasks[next++]!;
      try {
        await task();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failure !== null) throw failure;
}

interface SceneMediaFile {
  kind: 'image' | 'video';
  path: string;
  mimeType: string;
  image: Image | null;
  /** Size and mtime: part of cache keys, so a replaced file is not mistaken for the old one. */
  fingerprint: string;
}

/**
 * Storyboard → MP4, scene by scene. Narration is synthesised per scene (cached); each scene is drawn once
 * as a still and encoded as its own H.264 segment (clean and captioned), keyed by a hash of its pixels,
 * timing, captions and presenter, so unchanged scenes are reused from the cache; only a moving presenter
 * box is drawn (at PRESENTER_FPS) and piped in. The soundtrack (narration, music, clip sound; -16 LUFS) is encoded
 * once, and the segments are concatenated with the concat demuxer without re-encoding.
 */
export async function renderVideo(storyboard: Storyboard, options: RenderVideoOptions): Promise<RenderOutput> {
  return (await render(storyboard, options, null)) as RenderOutput;
}

/**
 * The segments of some scenes only, encoded into the cache exactly as renderVideo would encode them (same
 * preparation, same keys), with no soundtrack, concatenation or GIF: a render split across workers has each
 * build some scenes, and the full renderVideo that follows finds them in the cache.
 */
export async function renderSceneSegments(storyboard: Storyboard, options: SceneSegmentsOptions): Promise<SceneSegmentsOutput> {
  for (const index of options.scenes) {
    if (!Number.isInteger(index) || index < 0 || index >= storyboard.scenes.length) throw new RangeError(`No scene ${index} in a storyboard of ${storyboard.scenes.length}`);
  }
  return (await render(storyboard, options, new Set(options.scenes))) as SceneSegmentsOutput;
}

/** renderVideo, or with `onlyScenes` the segments of those scenes only. */
async function render(storyboard: Storyboard, options: RenderVideoOptions, onlyScenes: ReadonlySet<number> | null): Promise<RenderOutput | SceneSegmentsOutput> {
  const { signal, workDir, ffmpegPath } = options;
  const report = createProgressReporter(options.onProgress);
  const cache = (options.createCache ?? ((dir, scratch) => new RenderCache(dir, scratch)))(options.cacheDir ?? null, join(workDir, 'steps'));
  const ffmpeg = (args: string[], extra: Parameters<typeof runProcess>[2] = {}) =>
    runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-y', ...args], { signal, captureStdout: false, ...extra });
  try {
    throwIfAborted(signal);
    registerBundledFonts();
    const style = styleFor(storyboard);
    const full = frameSize(storyboard.orientation);
    const scaleDown = options.resolution === 720 ? 720 / 1080 : 1;
    const width = Math.round(full.width * scaleDown);
    const height = Math.round(full.height * scaleDown);
    const portrait = height > width;
    const presenter = storyboard.avatar_id ? (options.presenterFor ?? builtInPresenter)(storyboard.avatar_id) : null;

    // 1. Media files, resolved once per asset.
    const mediaFiles = new Map<string, SceneMediaFile | null>();
    for (const scene of storyboard.scenes) {
      const id = scene.media?.asset_id;
      if (!id || mediaFiles.has(id)) continue;
      const asset = await options.resolveAsset(id);
      const kind = asset.mimeType.startsWith('image/') ? 'image' : asset.mimeType.startsWith('video/') ? 'video' : null;
      if (!kind) {
        mediaFiles.set(id, null);
        continue;
      }
      const info = await stat(asset.path);
      const image = await loadSceneMedia(scene, { resolveAsset: async () => asset, ffmpegPath, tempDir: workDir, signal });
      mediaFiles.set(id, { kind, path: asset.path, mimeType: asset.mimeType, image, fingerprint: `${id}:${info.size}:${info.mtimeMs}` });
    }
    // The brand logo, drawn into every still (a missing or unreadable one is skipped, not fatal).
    const logo = await loadBrandLogo(storyboard.brand?.logo_asset_id, options.resolveAsset);

    // 2. Stills (drawn once per scene; their bytes key the segment cache).
    const thumbnailPath = join(workDir, 'thumbnail.jpg');
    // `lastLook`: for a scene with moving media, the whole scene as its last frame shows it (the media where its
    // pan or zoom ends), which a transition out of it starts from; null when that is the still itself.
    const stills: { path: string; hash: string; top: string | null; moving: boolean; lastLook: { path: string; hash: string } | null }[] = [];
    const drawStills = async (): Promise<void> => {
      for (const [index, scene] of storyboard.scenes.entries()) {
        throwIfAborted(signal);
        const file = scene.media ? (mediaFiles.get(scene.media.asset_id) ?? null) : null;
        // A moving media layer (a clip, or an image with motion) is laid over the still by ffmpeg.
        const moving = file !== null && (file.kind === 'video' || scene.media!.motion !== 'none') && scene.layout === 'media';
        const placement = presenter ? scene.presenter : 'none';
        const reservePresenter = presenter !== null && placement !== 'none';
        const drawing = {
          width, height, storyboard, sceneIndex: index, style, media: file?.image ?? null, reservePresenter, logo,
          presenterBox: reservePresenter ? evenBox(presenter!.box(placement, width, height)) : null,
        };
        const canvas = createCanvas(width, height);
        const ctx = canvas.getContext('2d');
        drawScene(ctx, { ...drawing, ...(moving ? { part: 'below' as const } : {}) });
        const still = join(workDir, `scene-${String(index).padStart(3, '0')}.jpg`);
        // JPEG at q95 encodes ~13× faster than PNG and the output is 4:2:0 anyway.
        const jpeg = await canvas.encode('jpeg', 95);
        await writeFile(still, jpeg);
        let top: string | null = null;
        let topBytes: Buffer = Buffer.alloc(0);
        if (moving && mediaPlacement(drawing).hasTop) {
          const layer = createCanvas(width, height);
          drawScene(layer.getContext('2d'), { ...drawing, part: 'above' });
          topBytes = await layer.encode('png');
          top = join(workDir, `scene-${String(index).padStart(3, '0')}-top.png`);
          await writeFile(top, topBytes);
        }
        if (index === 0) {
          // The still is the whole scene unless its media moves (then the media was left out of it).
          let thumb = canvas;
          if (moving) {
            thumb = createCanvas(width, height);
            drawScene(thumb.getContext('2d'), drawing);
          }
          await writeFile(thumbnailPath, await thumb.encode('jpeg', 85));
        }
        let lastLook: { path: string; hash: string } | null = null;
        if (moving && index + 1 < storyboard.scenes.length) {
          const end = createCanvas(width, height);
          drawScene(end.getContext('2d'), { ...drawing, ...(file!.kind === 'image' ? { mediaView: motionEnd(scene.media!.motion) } : {}) });
          const endJpeg = await end.encode('jpeg', 95);
          lastLook = { path: join(workDir, `scene-${String(index).padStart(3, '0')}-last.jpg`), hash: contentHash(endJpeg) };
          await writeFile(lastLook.path, endJpeg);
        }
        stills.push({ path: still, hash: contentHash(jpeg, topBytes), top, moving, lastLook });
        report('frames', (index + 1) / storyboard.scenes.length);
        await nextTurn();
      }
    };
    // 3. Narration (cached per scene), in eSpeak's worker thread while this one draws the stills.
    const narrate = async (): Promise<(Synthesis | null)[]> => {
      report('narration', 0);
      const syntheses: (Synthesis | null)[] = [];
      for (const [index, scene] of storyboard.scenes.entries()) {
        throwIfAborted(signal);
        const text = scene.narration.trim();
        syntheses.push(text ? await cachedSynthesize(options.tts, cache, scene.narration, storyboard.voice_id, { signal, pace: storyboard.pace }) : null);
        report('narration', (index + 1) / storyboard.scenes.length);
      }
      return syntheses;
    };
    const stillsDrawn = drawStills();
    stillsDrawn.catch(() => {}); // awaited below
    const syntheses = await narrate();
    await stillsDrawn;
    const timeline = planTimeline(storyboard.scenes.map((scene, i) => ({ narrationSec: syntheses[i]?.duration ?? null, transition: scene.transition })));
    const last = timeline[timeline.length - 1]!;
    const totalFrames = last.startFrame + last.frames;
    const totalSec = totalFrames / FPS;

    // 4. Captions, on the video's clock and per scene (cues never span two scenes).
    const cueOptions = portrait ? { maxWords: 3, maxChars: 20 } : { maxWords: 5, maxChars: 32 };
    // Each scene's cues are computed on the scene's own clock (narration starts SCENE_LEAD_SEC in), so an
    // unchanged scene gets bit-identical cues (and a cache hit) wherever an edit moves it in the video.
    const localCues: CaptionCue[][] = storyboard.scenes.map((scene, i) => {
      const synthesis = syntheses[i];
      return synthesis ? groupCaptionCues(captionWords(scene.narration, synthesis.words, SCENE_LEAD_SEC), cueOptions) : [];
    });
    const cues = localCues.flatMap((sceneCues, i) => sceneCues.map((cue) => shiftCue(cue, timeline[i]!.start)));
    const subtitlePath = join(workDir, 'captions.srt');
    const vttPath = join(workDir, 'captions.vtt');
    await writeFile(subtitlePath, buildSrt(cues));
    await writeFile(vttPath, buildVtt(cues));
    const captionsOn = storyboard.captions.enabled;
    const fontsDir = join(workDir, 'fonts');
    if (captionsOn) {
      await mkdir(fontsDir, { recursive: true });
      await Promise.all([...new Set([...bundledFontFiles(), ...familyListFiles(style.fonts.body)])].map((file) => copyFile(file, join(fontsDir, basename(file)))));
    }

    // Each scene is one or two segments: its incoming transition (a few frames that depend on the previous
    // scene too) and its hold. After a one-scene edit only that scene's hold and its two transitions change.
    interface Part { scene: number; offset: number; frames: number; transition: boolean }
    const parts: Part[] = [];
    timeline.forEach((t, index) => {
      const tf = index > 0 ? t.transitionFrames : 0;
      if (tf > 0) parts.push({ scene: index, offset: 0, frames: tf, transition: true });
      parts.push({ scene: index, offset: tf, frames: t.frames - tf, transition: false });
    });
    let framesDone = 0;
    const segmentFiles: { clean: string; captioned: string; seconds: number; stepId: string }[] = new Array(parts.length);
    const tasks = parts.map((part, partIndex) => async () => {
      const index = part.scene;
      const scene = storyboard.scenes[index]!;
      const t = timeline[index]!;
      const file = scene.media ? (mediaFiles.get(scene.media.asset_id) ?? null) : null;
      const moving = stills[index]!.moving;
      const placement = presenter ? scene.presenter : 'none';
      const box = presenter && placement !== 'none' ? evenBox(presenter.box(placement, width, height)) : null;
      const synthesis = syntheses[index];
      const phonemes = (synthesis?.phonemes ?? []).map((p) => ({ ...p, start: p.start + SCENE_LEAD_SEC, end: p.end + SCENE_LEAD_SEC }));
      const offsetSec = part.offset / FPS;
      const partCues = localCues[index]!.map((cue) => shiftCue(cue, -offsetSec)).filter((cue) => cue.end > 0 && cue.start < part.frames / FPS);
      const fadeIn = index === 0 && t.transitionFrames > 0 ? Math.min(t.transitionFrames, part.frames) : 0;
      const fadeOut = index === timeline.length - 1 && !part.transition ? Math.min(Math.round(FADE_OUT_SEC * FPS), Math.floor(part.frames / 2)) : 0;
      const constantFrameRate = options.constantFrameRate === true;
      const key = contentHash(
        SEGMENT_VERSION,
        constantFrameRate ? 'cfr' : 'vfr',
        `${width}x${height}@${FPS}`,
        stills[index]!.hash,
        JSON.stringify({ frames: part.frames, offset: part.offset, sceneFrames: t.frames, transition: part.transition ? t.transition : null, fadeIn, fadeOut }),
        part.transition ? (stills[index - 1]!.lastLook ?? stills[index - 1]!).hash : '',
        moving ? JSON.stringify({ media: scene.media, fp: file!.fingerprint }) : '',
        box ? JSON.stringify({ look: presenter!.key, box, phonemes, seed: scene.id }) : '',
        captionsOn ? JSON.stringify({ partCues, style: style.captions, font: style.fonts.body }) : 'no-captions',
      );
      const names = captionsOn ? ['clean.mp4', 'captioned.mp4'] : ['clean.mp4'];
      const [clean, captioned] = await cache.step(`segment:${key}`, names, async ([cleanOut, capOut]) => {
        const stem = join(workDir, `part-${String(partIndex).padStart(3, '0')}`);
        const inputs: string[] = ['-framerate', String(FPS), '-i', stills[index]!.path];
        if (part.transition) inputs.push('-framerate', String(FPS), '-i', (stills[index - 1]!.lastLook ?? stills[index - 1]!).path);
        let media: SegmentMedia | null = null;
        if (moving) {
          const place = mediaPlacement({ width, height, storyboard, sceneIndex: index, style, media: file!.image, reservePresenter: box !== null });
          const mediaInput = inputs.filter((a) => a === '-i').length;
          if (file!.kind === 'video') {
            // Looped as long as needed and started where this part starts in the scene.
            inputs.push('-stream_loop', '-1', ...(part.offset > 0 ? ['-ss', offsetSec.toFixed(3)] : []), '-t', (part.frames / FPS + 1).toFixed(3), '-i', file!.path);
          } else inputs.push('-i', file!.path);
          const top = stills[index]!.top;
          if (top) inputs.push('-i', top);
          media = {
            kind: file!.kind, input: mediaInput, box: place.box, fit: place.fit, motion: scene.media!.motion, topInput: top ? mediaInput + 1 : null,
            frameStep: file!.kind === 'image' ? FPS / MOTION_FPS : 1,
          };
        }
        let presenterInput: { input: number; box: typeof box & object; frameStep: number } | null = null;
        if (box) {
          presenterInput = { input: inputs.filter((a) => a === '-i').length, box, frameStep: FPS / PRESENTER_FPS };
          inputs.push('-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${box.width}x${box.height}`, '-framerate', String(PRESENTER_FPS), '-i', 'pipe:0');
        }
        let assFile: string | null = null;
        if (captionsOn) {
          assFile = `${stem}.ass`;
          await writeFile(assFile, buildAss(partCues, { width, height, style, font: style.fonts.body }));
        }
        const graph = buildSegmentGraph({
          fps: FPS, width, height, frames: part.frames, frameOffset: part.offset, sceneFrames: t.frames,
          transition: t.transition, transitionFrames: part.transition ? part.frames : 0,
          fadeInFrames: fadeIn, fadeOutFrames: fadeOut, media, presenter: presenterInput,
          captions: assFile ? { assFile: basename(assFile), fontsDir: 'fonts', changeFrames: captionChangeFrames(partCues, FPS) } : null,
          dropRepeatedFrames: !constantFrameRate,
        });
        await writeFile(`${stem}.graph`, graph.graph);
        const encode = [...X264, ...frameRateArgs(constantFrameRate), '-an', '-f', 'mp4'];
        const args = [...inputs, '-filter_complex_script', basename(`${stem}.graph`), '-map', graph.clean, ...encode, cleanOut!];
        if (graph.captioned) args.push('-map', graph.captioned, ...encode, capOut!);
        const stdin = box
          ? async (pipe: NodeJS.WritableStream) => {
              const draw = presenter!.sceneDrawer({ phonemes, seed: scene.id, box, fps: FPS });
              const canvas = createCanvas(box.width, box.height);
              const ctx = canvas.getContext('2d');
              const step = FPS / PRESENTER_FPS;
              for (let frame = 0; frame < part.frames; frame += step) {
                throwIfAborted(signal);
                ctx.clearRect(0, 0, box.width, box.height);
                draw(ctx, part.offset + frame);
                // getImageData's straight (un-premultiplied) RGBA costs about what data() does (both are
                // dominated by rasterising), while un-premultiplying in ffmpeg cost ~6 ms a frame for the side box.
                const pixels = ctx.getImageData(0, 0, box.width, box.height).data;
                if (!pipe.write(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength))) await new Promise((r) => pipe.once('drain', r));
                if (frame % 30 === 30 - step) await nextTurn();
              }
            }
          : undefined;
        await ffmpeg(args, { cwd: workDir, stdin });
      });
      segmentFiles[partIndex] = { clean: clean!, captioned: captioned ?? clean!, seconds: part.frames / FPS, stepId: `segment:${key}` };
      framesDone += part.frames;
      report('encode', (framesDone / totalFrames) * 0.9);
    });

    // 5. Soundtrack (cached by everything it is made of), concurrently with the first segments.
    const soundtrack = async () => {
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
        const path = await musicPath(storyboard.music.track);
        backgrounds.push({ input: 1, start: 0, duration: totalSec, volume: storyboard.music.volume * 0.6 });
        inputs.push('-stream_loop', '-1', '-i', path);
        keyParts.push(JSON.stringify(storyboard.music), path);
      }
      storyboard.scenes.forEach((scene, i) => {
        const file = scene.media ? mediaFiles.get(scene.media.asset_id) : null;
        if (!file || file.kind !== 'video' || scene.layout !== 'media') return;
        const t = timeline[i]!;
        backgrounds.push({ input: 1 + backgrounds.length, start: t.start, duration: t.duration, volume: 0.5 });
        inputs.push('-stream_loop', '-1', '-i', file.path);
        keyParts.push(`${file.fingerprint}@${t.start}+${t.duration}`);
      });
      const key = contentHash('audio-v2', wav, String(totalSec), ...keyParts);
      const [out] = await cache.step(`audio:${key}`, ['soundtrack.m4a'], async ([m4a]) => {
        const narrationPath = join(workDir, 'narration.wav');
        await writeFile(narrationPath, wav);
        const mix = buildMixFilter({ narrationInput: 0, backgrounds, totalSec });
        await writeFile(join(workDir, 'audio-measure.graph'), measureLoudnessFilter(mix));
        const { stderr } = await ffmpeg(['-i', narrationPath, ...inputs, '-filter_complex_script', 'audio-measure.graph', '-map', '[aout]', '-f', 'null', '-'], { cwd: workDir });
        await writeFile(join(workDir, 'audio.graph'), normaliseFilter(mix, parseIntegratedLoudness(stderr), totalSec));
        await ffmpeg(['-i', narrationPath, ...inputs, '-filter_complex_script', 'audio.graph', '-map', '[aout]', '-c:a', 'aac', '-b:a', '160k', '-f', 'mp4', m4a!], { cwd: workDir });
      });
      return out!;
    };
    const musicPath = async (track: string): Promise<string> => {
      if (isBuiltInBed(track)) {
        const [wav] = await cache.step(`bed:${track}-v2`, ['bed.wav'], async ([out]) => {
          const tones = join(workDir, `bed-${track}-tones.wav`);
          await writeFile(tones, bedTonesWav(track));
          await ffmpeg(bedArgs(tones, out!).slice(3));
        });
        return wav!;
      }
      return (await options.resolveAsset(track)).path;
    };

    report('encode', 0);
    if (onlyScenes) {
      const wanted = parts.map((part, i) => ({ part, i })).filter(({ part }) => onlyScenes.has(part.scene));
      await runLimited(options.concurrency ?? 1, wanted.map(({ i }) => tasks[i]!));
      throwIfAborted(signal);
      return {
        segments: wanted.map(({ part, i }) => ({ scene: part.scene, transition: part.transition, ...segmentFiles[i]! })),
        cache: { hits: [...cache.hits], misses: [...cache.misses] },
      };
    }
    const audioPromise = soundtrack();
    audioPromise.catch(() => {}); // awaited below; avoid an unhandled rejection while segments run
    await runLimited(options.concurrency ?? 1, tasks);
    const audioPath = await audioPromise;
    throwIfAborted(signal);

    // 6. Concatenate (no re-encode) and mux with the soundtrack.
    const videoPath = join(workDir, 'video.mp4');
    const captionedVideoPath = join(workDir, 'video-captioned.mp4');
    // Each segment's length is stated: a segment whose last frames repeat ends, in its file, at its last kept
    // frame, and the stated length holds that frame until the next segment starts.
    const concatList = async (files: { path: string; seconds: number }[], name: string) => {
      const list = join(workDir, `${name}.concat`);
      await writeFile(list, files.map((f) => `file '${f.path.replace(/'/g, "'\\''")}'\nduration ${f.seconds.toFixed(6)}`).join('\n') + '\n');
      return list;
    };
    const mux = (list: string, out: string) =>
      ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-i', audioPath, '-map', '0:v', '-map', '1:a', '-c', 'copy', '-movflags', '+faststart', out]);
    const cleanList = await concatList(segmentFiles.map((s) => ({ path: s.clean, seconds: s.seconds })), 'clean');
    const captionedList = captionsOn ? await concatList(segmentFiles.map((s) => ({ path: s.captioned, seconds: s.seconds })), 'captioned') : cleanList;

    // 7. GIF preview (from the captioned segments, alongside the muxing) and measurements.
    const gifPath = join(workDir, 'preview.gif');
    const gifSec = Math.min(GIF_SEC, totalSec);
    const gif = () =>
      ffmpeg([
        '-f', 'concat', '-safe', '0', '-t', gifSec.toFixed(3), '-i', captionedList,
        '-filter_complex', `fps=10,scale=480:-2:flags=lanczos,split[a][b];[a]palettegen=max_colors=128:stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4`,
        // The video holds repeated frames, so the input's last frame may reach past gifSec: count the output.
        '-frames:v', String(Math.max(1, Math.round(gifSec * 10))),
        '-loop', '0', gifPath,
      ]);
    await Promise.all([
      mux(cleanList, videoPath).then(() => (captionsOn ? undefined : copyFile(videoPath, captionedVideoPath))),
      captionsOn ? mux(captionedList, captionedVideoPath) : undefined,
      gif(),
    ]);
    report('encode', 0.97);
    report('finish', 0);
    const probe = await probeMedia(videoPath, { ffmpegPath, signal });
    const scenes = storyboard.scenes.map((scene, i) => ({ id: scene.id, start: timeline[i]!.start, duration: timeline[i]!.duration }));
    const measured: Storyboard = structuredClone(storyboard);
    measured.scenes.forEach((scene, i) => {
      scene.duration_sec = timeline[i]!.duration;
    });
    report('finish', 1);
    return {
      videoPath, captionedVideoPath, thumbnailPath, subtitlePath, vttPath, gifPath, duration: probe.duration, scenes, storyboard: measured,
      cache: { hits: [...cache.hits], misses: [...cache.misses] },
    };
  } catch (error) {
    if (signal?.aborted && !(error instanceof CancelledError)) throw new CancelledError();
    throw error;
  }
}

function shiftCue(cue: CaptionCue, by: number): CaptionCue {
  return { start: cue.start + by, end: cue.end + by, words: cue.words.map((w) => ({ ...w, start: w.start + by, end: w.end + by })) };
}

export type { TimelineScene };
