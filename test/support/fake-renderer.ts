import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCanvas } from '@napi-rs/canvas';
import { buildSrt, buildVtt, frameSize, resolveFfmpegPath, type CaptionCue } from '../../src/media/index.js';
import { runProcess } from '../../src/process/index.js';
import type { RenderedFiles, VideoRenderer } from '../../src/sessions/index.js';
import type { Storyboard } from '../../src/storyboard/index.js';

export interface FakeRendererOptions {
  /**
   * Wall time a render takes per second of video (default 0.1 s, at least `minRenderSec`): long enough for a
   * test to stop a render midway, short enough not to matter. Progress is reported as the time passes.
   */
  secondsPerVideoSecond?: number;
  minRenderSec?: number;
}

/** A 1×1 GIF89a: `gif_url` needs a real GIF, not a real preview. */
const TINY_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PROGRESS_STEPS = 10;

/** Kept between runs (a few KB a clip): written under a temporary name, then renamed, so parallel files share it. */
const CLIP_DIR = join(tmpdir(), 'ova-test-clips');
const clips = new Map<string, Promise<string>>();

/**
 * A real H.264/AAC MP4 of the storyboard's frame size and length, black and silent at 2 frames a second so ffmpeg
 * writes it in a fraction of a second; made once per size and length, then copied.
 */
function blackClip(width: number, height: number, seconds: number): Promise<string> {
  const t = seconds.toFixed(1);
  const key = `${width}x${height}-${t}`;
  let clip = clips.get(key);
  if (!clip) {
    const path = join(CLIP_DIR, `${key}.mp4`);
    const partial = join(CLIP_DIR, `${key}.${process.pid}.partial.mp4`);
    const args = ['-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', `color=c=black:s=${width}x${height}:r=2:d=${t}`, '-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=stereo'];
    args.push('-t', t, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', partial);
    clip = (async () => {
      if (await stat(path).then((info) => info.size > 0, () => false)) return path;
      await mkdir(CLIP_DIR, { recursive: true });
      await removeStalePartials();
      await runProcess(resolveFfmpegPath(null), args, { captureStdout: false });
      await rename(partial, path);
      return path;
    })();
    clip.catch(() => clips.delete(key));
    clips.set(key, clip);
  }
  return clip;
}

/** Clips a test process was killed while writing. */
async function removeStalePartials(): Promise<void> {
  const names = await readdir(CLIP_DIR).catch(() => []);
  for (const name of names.filter((n) => n.endsWith('.partial.mp4'))) {
    const path = join(CLIP_DIR, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 10 * 60_000) await rm(path, { force: true });
  }
}

/** A small real JPEG in the storyboard's aspect ratio. */
async function tinyJpeg(storyboard: Storyboard): Promise<Buffer> {
  const { width, height } = frameSize(storyboard.orientation);
  const canvas = createCanvas(width / 10, height / 10);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#24304a';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return canvas.encode('jpeg', 80);
}

/** One caption cue per scene: its narration spread evenly over the scene's time. */
function sceneCues(storyboard: Storyboard): CaptionCue[] {
  const cues: CaptionCue[] = [];
  let clock = 0;
  for (const scene of storyboard.scenes) {
    const words = scene.narration.split(/\s+/).filter(Boolean);
    const step = scene.duration_sec / Math.max(1, words.length);
    if (words.length > 0) cues.push({ start: clock, end: clock + scene.duration_sec, words: words.map((text, i) => ({ text, start: clock + i * step, end: clock + (i + 1) * step })) });
    clock += scene.duration_sec;
  }
  return cues;
}

/**
 * A renderer for tests where the pictures are not what is checked (sessions, webhooks, SDK, CLI, MCP, security):
 * it writes every file a render delivers, each real and valid (MP4, JPEG, SRT, VTT, GIF) and of the right length,
 * without drawing or encoding a frame of the storyboard. It honours the AbortSignal like the real one.
 */
export function createFakeRenderer(options: FakeRendererOptions = {}): VideoRenderer {
  const perSecond = options.secondsPerVideoSecond ?? 0.1;
  const minRenderSec = options.minRenderSec ?? 0.5;
  return {
    async renderVideo(storyboard, { workDir, signal, onProgress }): Promise<RenderedFiles> {
      const duration = Math.max(1, storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0));
      const { width, height } = frameSize(storyboard.orientation);
      const clip = blackClip(width, height, duration);
      const wallMs = Math.max(minRenderSec, duration * perSecond) * 1000;
      for (let step = 1; step <= PROGRESS_STEPS; step += 1) {
        await sleep(wallMs / PROGRESS_STEPS, undefined, { signal });
        onProgress({ stage: step < PROGRESS_STEPS ? 'encode' : 'finish', fraction: step / PROGRESS_STEPS });
      }
      const files: RenderedFiles = {
        videoPath: join(workDir, 'video.mp4'),
        captionedVideoPath: join(workDir, 'captioned.mp4'),
        thumbnailPath: join(workDir, 'thumbnail.jpg'),
        subtitlePath: join(workDir, 'captions.srt'),
        vttPath: join(workDir, 'captions.vtt'),
        gifPath: join(workDir, 'preview.gif'),
        duration: Number(duration.toFixed(1)),
      };
      const cues = sceneCues(storyboard);
      await copyFile(await clip, files.videoPath);
      await copyFile(await clip, files.captionedVideoPath);
      await writeFile(files.thumbnailPath, await tinyJpeg(storyboard));
      await writeFile(files.subtitlePath, buildSrt(cues));
      await writeFile(files.vttPath, buildVtt(cues));
      await writeFile(files.gifPath, TINY_GIF);
      signal.throwIfAborted();
      return files;
    },
    renderSceneImage: (storyboard) => tinyJpeg(storyboard),
  };
}
