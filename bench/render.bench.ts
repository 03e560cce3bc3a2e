/**
 * Render benchmark: a fixed 60 s reference storyboard (six scenes, captions, one image scene, a stock clip, library
 * illustrations and bullet icons, an animated chart, key words with the voice, music, and the presenter when one
 * is available) rendered at 1080p30, against the ENCODE FLOOR measured in the same run
 * (ffmpeg encoding 1,800 frames of testsrc2 at the same size with the same x264 settings + AAC).
 *
 *   npm run bench                     landscape 1080p
 *   npm run bench -- --portrait       portrait 1080×1920
 *   npm run bench -- --720            landscape 1280×720
 *   npm run bench -- --all            all three; the JSON line holds each
 *   npm run bench -- --steps          also each render step's wall time (stderr)
 *
 * The last line printed is one JSON object (render_s, floor_s, floor_ratio, rtf, peak_rss_mb, revision_ratio…).
 * By default the renderer stores a frame only when it differs from the one before (VFR on the 30 fps clock);
 * cfr_* is the same render storing all 1,800 frames (RENDER_CONSTANT_FRAME_RATE=1).
 * On a loaded machine the wall-clock ratio swings with the neighbours; cpu_ratio (CPU seconds of the render,
 * ffmpeg children included, over those of the floor) is the steadier figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { runProcess } from '../src/process/index.js';
import { EspeakTtsEngine, probeMedia, renderVideo, resolveFfmpegPath, type RenderVideoOptions } from '../src/media/index.js';
import type { Storyboard } from '../src/storyboard/index.js';
import { assignVisuals } from '../src/visuals/index.js';
import { presenterLayerFor } from './presenter-for-bench.js';

/** FFMPEG_PATH benches another build (the product reads the same variable). */
const ffmpegPath = resolveFfmpegPath(process.env.FFMPEG_PATH);
/** Ctrl-C or a kill stops the render and its ffmpeg children, and the temp folder is still removed. */
const stop = new AbortController();
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => stop.abort());

/** Child pids of `pid`, from each of its threads' /proc children list (no scan of every process). */
function childPids(pid: number): number[] {
  const pids: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (list) pids.push(...list.split(' ').map(Number));
    }
  } catch {
    // The process ended while we looked.
  }
  return pids;
}

/**
 * RSS of this process plus every descendant (ffmpeg children), in bytes, from /proc. Sampled ten times a second,
 * so it reads only the descendants: scanning all of /proc and process.memoryUsage() (a heap walk) cost the
 * bench about a CPU-second per render, counted against the render.
 */
function treeRss(): number {
  let total = process.memoryUsage.rss();
  const stack = childPids(process.pid);
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      total += Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * 4096;
    } catch {
      continue;
    }
    stack.push(...childPids(pid));
  }
  return total;
}

/**
 * CPU seconds used by this process and its reaped children (ffmpeg) so far: utime+stime+cutime+cstime.
 * On a shared, loaded machine wall time swings with the neighbours; CPU time barely does.
 */
function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
}

async function measure<T>(run: () => Promise<T>): Promise<{ seconds: number; cpuSeconds: number; peakRssMb: number; value: T }> {
  let peak = treeRss();
  const cpuBefore = cpuSeconds();
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss());
  }, 100);
  const started = performance.now();
  try {
    const value = await run();
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds() - cpuBefore, peakRssMb: Math.round(peak / 1048576), value };
  } finally {
    clearInterval(timer);
  }
}

const NARRATION = [
  'Welcome to Open Video Agent. In the next minute you will see how a short prompt becomes a finished, narrated video that is ready to publish.',
  'First, the agent writes a storyboard. Every scene has a layout, a headline, a few words of narration and a transition, and you can review all of it before anything is rendered.',
  'Here is a picture generated for this benchmark. Media scenes show your own images and clips, with a slow pan or zoom, and their sound tucked under the voice.',
  'Captions are timed word by word from the speech engine, so every highlighted word lands exactly when it is spoken, in landscape and in portrait.',
  'Revisions are cheap. Change one scene and only that scene is encoded again, because every segment and every line of narration is cached by its content.',
  'That is the whole loop: prompt, storyboard, review, and a video in less time than it takes to watch it. Thanks for watching, and try it yourself.',
];

function referenceStoryboard(orientation: Storyboard['orientation'], avatarId: string | null): Storyboard {
  const layouts = ['title', 'bullets', 'media', 'presenter', 'stat', 'cta'] as const;
  // Pictures as the planner gives them: illustrations and bullet icons from the library, plus a stock clip and a chart.
  return assignVisuals({
    schema: 2, version: 1, title: 'Open Video Agent in one minute', language: 'en', orientation, duration_target_sec: 60,
    voice_id: 'espeak-en-us-female', avatar_id: avatarId, style_id: 'midnight', pace: 1, music: { track: 'calm', volume: 0.5 },
    captions: { enabled: true, style: 'default' },
    scenes: NARRATION.map((narration, i) => ({
      id: `scene-${i + 1}`,
      layout: layouts[i]!,
      narration,
      headline: ['Open Video Agent', 'Storyboard first', 'Your media', 'Word-timed captions', 'of a revision is re-encoded', 'Try it today'][i],
      ...(i === 1 ? { bullets: ['Layouts and headlines', 'Narration per scene', 'Reviewed before rendering'] } : {}),
      ...(i === 2 ? { media: { asset_id: 'bench-image', fit: 'cover' as const, motion: 'zoom_in' as const } } : {}),
      ...(i === 3 ? { visual: { kind: 'stock_video' as const, query: 'captions', source: { provider: 'bench', id: 'clip' }, attribution: 'Video by the bench on Pexels', licence: 'Pexels License' } } : {}),
      ...(i === 4 ? { stat: '1 scene', visual: { kind: 'chart' as const, chart: { type: 'bar' as const, suffix: ' s', items: [{ label: 'Full render', value: 60 }, { label: 'One-scene edit', value: 14 }] } } } : {}),
      presenter: avatarId ? (i === 0 || i === 5 ? 'side' : 'corner') : 'none',
      transition: i % 2 === 0 ? 'fade' : 'slide',
      duration_sec: 10,
    })),
  });
}

/** A 4 s stock clip at 1280×720 (looped under a 10 s scene), made here so the bench downloads nothing. */
async function benchClip(path: string): Promise<void> {
  await runProcess(ffmpegPath, [
    '-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=300',
    '-t', '4', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', path,
  ], { captureStdout: false, signal: stop.signal });
}

async function benchImage(path: string): Promise<void> {
  const canvas = createCanvas(2400, 1600);
  const ctx = canvas.getContext('2d');
  const sky = ctx.createLinearGradient(0, 0, 0, 1600);
  sky.addColorStop(0, '#1d3b70');
  sky.addColorStop(1, '#f08a4b');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, 2400, 1600);
  ctx.fillStyle = '#ffd27a';
  ctx.beginPath();
  ctx.arc(1600, 900, 220, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#20253a';
  ctx.beginPath();
  ctx.moveTo(0, 1600);
  for (let x = 0; x <= 2400; x += 80) ctx.lineTo(x, 1150 + Math.sin(x / 170) * 120 + Math.cos(x / 53) * 30);
  ctx.lineTo(2400, 1600);
  ctx.fill();
  await writeFile(path, await canvas.encode('jpeg', 92));
}

async function encodeFloor(dir: string, width: number, height: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const out = join(dir, `floor-${width}x${height}.mp4`);
  return measure(() =>
    runProcess(ffmpegPath, [
      '-hide_banner', '-nostdin', '-y',
      '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=30`,
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-frames:v', '1800', '-t', '60',
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-r', '30',
      '-c:a', 'aac', '-b:a', '160k', '-ac', '2', '-movflags', '+faststart', out,
    ], { captureStdout: false, signal: stop.signal }),
  );
}

interface Variant {
  name: string;
  orientation: Storyboard['orientation'];
  resolution: 1080 | 720;
}

async function runVariant(variant: Variant, root: string, tts: EspeakTtsEngine, imagePath: string, clipPath: string) {
  const dir = await mkdtemp(join(root, `${variant.name}-`));
  const cacheDir = join(dir, 'cache');
  const full = variant.orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
  const [w, h] = variant.resolution === 720 ? [Math.round((full[0]! * 2) / 3), Math.round((full[1]! * 2) / 3)] : full;
  const floor = await encodeFloor(dir, w!, h!);
  const presenter = presenterLayerFor();
  const storyboard = referenceStoryboard(variant.orientation, presenter ? presenter.avatarId : null);
  const base: Omit<RenderVideoOptions, 'workDir'> = {
    tts, ffmpegPath, cacheDir, resolution: variant.resolution, signal: stop.signal,
    // --steps: each render step's wall time, to see where a render spends it.
    onStep: showSteps ? (e) => { if (e.phase === 'end') console.error(`  ${e.step} ${e.ms} ms`); } : undefined,
    resolveAsset: async (id) => {
      if (id !== 'bench-image') throw new Error(`no asset ${id}`);
      return { path: imagePath, mimeType: 'image/jpeg' };
    },
    visualMedia: { pathFor: () => clipPath, fetch: async () => clipPath },
  };
  const work1 = join(dir, 'work-1');
  await mkdir(work1);
  const first = await measure(() => renderVideo(storyboard, { ...base, workDir: work1 }));
  const edited = structuredClone(storyboard);
  edited.version = 2;
  edited.scenes[3]!.narration = 'Captions follow the voice word by word, so each highlighted word lands exactly when it is heard, in every orientation.';
  edited.scenes[3]!.headline = 'Captions, word by word';
  const work2 = join(dir, 'work-2');
  await mkdir(work2);
  const second = await measure(() => renderVideo(edited, { ...base, workDir: work2 }));
  // The same first render with every frame stored (RENDER_CONSTANT_FRAME_RATE=1), from an empty cache.
  const work3 = join(dir, 'work-cfr');
  await mkdir(work3);
  const constant = await measure(() => renderVideo(storyboard, { ...base, cacheDir: join(dir, 'cache-cfr'), constantFrameRate: true, workDir: work3 }));
  const probe = await probeMedia(first.value.videoPath, { ffmpegPath });
  const videoSec = first.value.duration;
  const result = {
    variant: variant.name,
    size: `${w}x${h}`,
    video_s: round(videoSec),
    render_s: round(first.seconds),
    floor_s: round(floor.seconds),
    floor_ratio: round(first.seconds / floor.seconds),
    render_cpu_s: round(first.cpuSeconds),
    floor_cpu_s: round(floor.cpuSeconds),
    cpu_ratio: round(first.cpuSeconds / floor.cpuSeconds),
    rtf: round(videoSec / first.seconds),
    peak_rss_mb: Math.max(first.peakRssMb, second.peakRssMb),
    revision_s: round(second.seconds),
    revision_ratio: round(second.seconds / first.seconds),
    revision_cpu_ratio: round(second.cpuSeconds / first.cpuSeconds),
    revision_segments_reused: second.value.cache.hits.filter((s) => s.startsWith('segment:')).length,
    frames_stored: await storedFrames(first.value.captionedVideoPath),
    cfr_render_s: round(constant.seconds),
    cfr_floor_ratio: round(constant.seconds / floor.seconds),
    cfr_cpu_ratio: round(constant.cpuSeconds / floor.cpuSeconds),
    presenter: presenter !== null,
    codec: `${probe.video?.codec} ${probe.video?.width}x${probe.video?.height} ${probe.video?.fps}fps${probe.video?.averageFps ? ` (VFR, ${probe.video.averageFps} stored/s)` : ''}`,
    output: first.value.captionedVideoPath,
  };
  console.log(
    `${variant.name.padEnd(10)} ${result.size}: video ${result.video_s}s, render ${result.render_s}s (floor ${result.floor_s}s, ratio ${result.floor_ratio}), ` +
      `CPU ${result.render_cpu_s}s vs ${result.floor_cpu_s}s (${result.cpu_ratio}), ${result.rtf}× real time, peak RSS ${result.peak_rss_mb} MB, revision ${result.revision_s}s (${result.revision_ratio} of full, ${result.revision_segments_reused} segments reused); ` +
      `${result.frames_stored} of ${Math.round(result.video_s * 30)} frames stored; every frame stored (CFR): ${result.cfr_render_s}s, ratio ${result.cfr_floor_ratio}, CPU ratio ${result.cfr_cpu_ratio}`,
  );
  return result;
}

const showSteps = process.argv.includes('--steps');
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Frames stored in a video file (held frames count once). */
async function storedFrames(path: string): Promise<number> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', path, '-map', '0:v', '-vsync', 'passthrough', '-f', 'framemd5', '-'], { signal: stop.signal });
  return stdout.toString().split('\n').filter((line) => /^\d+,/.test(line)).length;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const variants: Variant[] = [];
  if (args.has('--all') || (!args.has('--portrait') && !args.has('--720'))) variants.push({ name: 'landscape', orientation: 'landscape', resolution: 1080 });
  if (args.has('--all') || args.has('--portrait')) variants.push({ name: 'portrait', orientation: 'portrait', resolution: 1080 });
  if (args.has('--all') || args.has('--720')) variants.push({ name: '720p', orientation: 'landscape', resolution: 720 });
  const keep = args.has('--keep');
  const root = await mkdtemp(join(tmpdir(), 'ova-bench-'));
  const tts = new EspeakTtsEngine();
  try {
    const imagePath = join(root, 'bench-image.jpg');
    await benchImage(imagePath);
    const clipPath = join(root, 'bench-clip.mp4');
    await benchClip(clipPath);
    const results = [];
    for (const variant of variants) results.push(await runVariant(variant, root, tts, imagePath, clipPath));
    const [head, ...rest] = results;
    if (keep) console.log(`outputs kept in ${root}`);
    console.log(JSON.stringify({ ...head, ...(rest.length ? { variants: results } : {}) }));
  } finally {
    await tts.close();
    if (!keep) await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
