import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CancelledError } from '../errors/index.js';
import { drawPresenter, mouthCues, presenterPose, type AvatarLook, type MouthCue } from '../media/presenter/index.js';
import { encodeWav, type PhonemeTiming, type TtsEngine } from '../media/tts/index.js';
import { runProcess } from '../process/index.js';

/** Preview image and video size (a square, so it sits well in a grid of cards). */
export const PREVIEW_SIZE = 640;
export const VIDEO_SIZE = 480;
const VIDEO_FPS = 30;
/** Silence before and after the sentence, so the clip opens and closes on a still, smiling face. */
const LEAD_IN_S = 0.25;
const TAIL_S = 0.35;

/** What the presenter says in its preview video. */
export function previewLine(look: AvatarLook): string {
  const first = look.name.replace(/\s*\(.*\)$/, '');
  return `Hi, I'm ${first}. I'll present your video.`;
}

function drawFrame(ctx: SKRSContext2D, look: AvatarLook, cues: readonly MouthCue[], t: number, size: number): void {
  ctx.fillStyle = look.palette.backdrop;
  ctx.fillRect(0, 0, size, size);
  // The bust fills most of the square, standing on its bottom edge.
  const inset = size * 0.04;
  drawPresenter(ctx, look, presenterPose(look, cues, t, 'preview'), { x: inset, y: inset, width: size - 2 * inset, height: size - inset });
}

/** A PNG of the look on its backdrop, mouth at rest. */
export function renderAvatarPreviewImage(look: AvatarLook): Buffer {
  const canvas = createCanvas(PREVIEW_SIZE, PREVIEW_SIZE);
  drawFrame(canvas.getContext('2d'), look, [], 0.5, PREVIEW_SIZE);
  return canvas.toBuffer('image/png');
}

export interface AvatarPreviewVideoOptions {
  tts: TtsEngine;
  ffmpegPath: string;
  signal?: AbortSignal;
}

/**
 * A ~3 s MP4 (H.264 + AAC) of the look saying its preview line in its default voice, lip-synced from
 * eSpeak-NG's phoneme timings: frames are drawn and piped to ffmpeg as raw RGBA next to the narration WAV.
 */
export async function renderAvatarPreviewVideo(look: AvatarLook, options: AvatarPreviewVideoOptions): Promise<Buffer> {
  return renderSpeakingPreviewVideo(previewLine(look), look.default_voice_id, options, (phonemes) => {
    const cues = mouthCues(phonemes, VIDEO_FPS);
    return (ctx, t) => drawFrame(ctx, look, cues, t, VIDEO_SIZE);
  });
}

/**
 * A square preview MP4 of `line` spoken in `voiceId`, drawn by `drawer` (given the phonemes on the video's
 * clock, returning a frame drawer): the lead-in and tail silences and the encoding are shared by every kind of look.
 */
export async function renderSpeakingPreviewVideo(
  line: string,
  voiceId: string,
  options: AvatarPreviewVideoOptions,
  drawer: (phonemes: PhonemeTiming[]) => (ctx: SKRSContext2D, t: number) => void,
): Promise<Buffer> {
  const { tts, ffmpegPath, signal } = options;
  const synthesis = await tts.synthesize(line, voiceId, signal ? { signal } : {});
  const shifted = synthesis.phonemes.map((p) => ({ ...p, start: p.start + LEAD_IN_S, end: p.end + LEAD_IN_S }));
  const draw = drawer(shifted);
  const duration = LEAD_IN_S + synthesis.duration + TAIL_S;
  const frames = Math.ceil(duration * VIDEO_FPS);

  const dir = await mkdtemp(join(tmpdir(), 'ova-avatar-'));
  try {
    const wavPath = join(dir, 'voice.wav');
    const outPath = join(dir, 'preview.mp4');
    await writeFile(wavPath, encodeWav(synthesis.samples, synthesis.sampleRate));
    const canvas = createCanvas(VIDEO_SIZE, VIDEO_SIZE);
    const ctx = canvas.getContext('2d');
    const args = [
      '-hide_banner', '-nostdin', '-y',
      '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${VIDEO_SIZE}x${VIDEO_SIZE}`, '-r', String(VIDEO_FPS), '-i', 'pipe:0',
      '-i', wavPath,
      // The 2018 static ffmpeg wants WAV layouts spelled out (DESIGN.md); the delay puts the voice after the lead-in.
      '-af', `aformat=channel_layouts=mono,adelay=${Math.round(LEAD_IN_S * 1000)},apad`,
      '-map', '0:v', '-map', '1:a',
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', '96k', '-ar', '44100',
      '-t', duration.toFixed(3), '-movflags', '+faststart', outPath,
    ];
    await runProcess(ffmpegPath, args, {
      signal,
      captureStdout: false,
      stdin: async (pipe) => {
        for (let frame = 0; frame < frames; frame++) {
          if (signal?.aborted) throw new CancelledError();
          draw(ctx, frame / VIDEO_FPS);
          const pixels = ctx.getImageData(0, 0, VIDEO_SIZE, VIDEO_SIZE).data;
          if (!pipe.write(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength))) await new Promise((resolve) => pipe.once('drain', resolve));
          // Let the event loop turn: @napi-rs/canvas frees pixel buffers only then (DESIGN.md).
          if (frame % 15 === 14) await new Promise((resolve) => setImmediate(resolve));
        }
      },
    });
    return await readFile(outPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
