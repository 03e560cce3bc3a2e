import type { Transition } from '../../storyboard/index.js';
import type { Box } from './scene-geometry.js';

/** A moving picture laid over part of the still: a video clip, or an image with slow pan/zoom. */
export interface SegmentMedia {
  kind: 'video' | 'image';
  /** ffmpeg input index of the media file. */
  input: number;
  box: Box;
  fit: 'cover' | 'contain';
  motion: 'none' | 'zoom_in' | 'zoom_out' | 'pan';
  /** Input index of a transparent PNG drawn above the media (scrim and headline), or null. */
  topInput: number | null;
  /**
   * An image's pan or zoom advances every `frameStep` video frames (2: 15 steps a second, each under two pixels
   * for these slow moves, and half the scaling and encoding). Video clips always play at the full rate.
   */
  frameStep?: number;
}

export interface SegmentGraphOptions {
  fps: number;
  width: number;
  height: number;
  /** Frames of this segment; all of them are the transition when `transitionFrames` equals it. */
  frames: number;
  /** Where this segment starts within its scene, and the scene's length (moving media continues across). */
  frameOffset: number;
  sceneFrames: number;
  /** Input 0 is the scene's still; input 1 the previous scene's still when there is an incoming transition. */
  transition: Transition;
  transitionFrames: number;
  fadeInFrames: number;
  fadeOutFrames: number;
  media: SegmentMedia | null;
  /**
   * The presenter's frames (raw straight RGBA of `box`) as an input, overlaid last; a new drawing arrives every
   * `frameStep` video frames (2 when it is piped at half the video's rate).
   */
  presenter: { input: number; box: Box; frameStep: number } | null;
  /** `changeFrames`: the frames on which the burned-in captions differ from the frame before (captionChangeFrames). */
  captions: { assFile: string; fontsDir: string; changeFrames: readonly number[] } | null;
  /**
   * Keep only the frames that can differ from the one before, each then shown until the next (variable frame
   * rate on the `fps` clock). x264 spends ~7 ms on every 1080p frame even when it repeats the previous one, and a
   * slide with a presenter drawn at 15 fps repeats every other frame. False: every frame (constant frame rate).
   */
  dropRepeatedFrames: boolean;
  /**
   * A chart building up: raw frames of `box` (opaque, the slide under the chart included) from `input`, laid
   * over the scene until they end; the still (the chart complete) shows after.
   */
  chart?: { input: number; box: Box } | null;
  /** An ASS script of words that appear with the voice, burned into both outputs (after the fades). */
  kinetic?: { assFile: string; fontsDir: string } | null;
  /** Frames (from the segment's start) kept in both outputs because something changes on them: chart steps, kinetic words. */
  keepFrames?: readonly number[];
}

export interface SegmentGraph {
  graph: string;
  clean: string;
  captioned: string | null;
}

function hold(input: string, frames: number, fps: number): string {
  return `${input}loop=loop=${frames - 1}:size=1:start=0,setpts=N/${fps}/TB`;
}

const even = (n: number) => 2 * Math.round(n / 2);

/**
 * A `select` filter keeping the frames listed by `terms` (expressions of the frame number n), or null to keep
 * every frame. The first and last frames are always kept (the last fixes the segment's length), and one frame a
 * second, so no picture is held for long.
 */
function keepFramesFilter(o: SegmentGraphOptions, extraFrames: readonly number[], frameVar = 'n'): string | null {
  if (!dropsFrames(o)) return null;
  const n = frameVar;
  const last = o.frames - 1;
  const terms = [`eq(${n},0)`, `eq(${n},${last})`, `not(mod(${n},${o.fps}))`];
  if (o.transitionFrames > 0) terms.push(`lte(${n},${o.transitionFrames})`);
  if (o.fadeInFrames > 0) terms.push(`lte(${n},${o.fadeInFrames})`);
  if (o.fadeOutFrames > 0) terms.push(`gte(${n},${o.frames - o.fadeOutFrames})`);
  const steps = [o.presenter?.frameStep, o.media && o.media.motion !== 'none' ? (o.media.frameStep ?? 1) : undefined].filter((step) => step !== undefined);
  for (const step of new Set(steps)) terms.push(step > 1 ? `not(mod(${n},${step}))` : '1');
  for (const frame of new Set(extraFrames)) if (frame > 0 && frame < last) terms.push(`eq(${n},${frame})`);
  return `select='${terms.join('+')}'`;
}

/** Whether repeated frames are dropped at all: not for a video clip (it changes every frame) or an all-transition segment. */
function dropsFrames(o: SegmentGraphOptions): boolean {
  return o.dropRepeatedFrames && o.media?.kind !== 'video' && o.transitionFrames < o.frames;
}

type Motion = SegmentMedia['motion'];

/**
 * Each motion's slow Ken Burns move: where it ends (the zoom and window position of its last frame; see MediaView in
 * scene-drawing.ts), and its zoompan expressions given the progress `at` (0..1), the centring and the output size.
 * A `Record`, so a new motion fails the type check until it moves.
 */
const MOTIONS: Record<Motion, { end: { zoom: number; x: number; y: number }; zoompan: ((at: string, centre: string, size: string) => string) | null }> = {
  none: { end: { zoom: 1, x: 0.5, y: 0.5 }, zoompan: null },
  zoom_in: { end: { zoom: 1.12, x: 0.5, y: 0.5 }, zoompan: (at, centre, size) => `zoompan=z='1+0.12*${at}':${centre}:${size}` },
  zoom_out: { end: { zoom: 1, x: 0.5, y: 0.5 }, zoompan: (at, centre, size) => `zoompan=z='1.12-0.12*${at}':${centre}:${size}` },
  pan: { end: { zoom: 1.12, x: 1, y: 0.5 }, zoompan: (at, _centre, size) => `zoompan=z='1.12':x='(iw-iw/zoom)*${at}':y='ih/2-(ih/zoom/2)':${size}` },
};

/** Where `motionFilter`'s move ends: the zoom and window position of its last frame (see MediaView in scene-drawing.ts). */
export function motionEnd(motion: Motion): { zoom: number; x: number; y: number } {
  return MOTIONS[motion].end;
}

/** The zoompan expressions for a slow Ken Burns move over `sceneFrames` video frames, one step every `step` frames. */
function motionFilter(motion: Motion, box: Box, sceneFrames: number, offset: number, fps: number, step: number): string {
  const n = Math.max(1, sceneFrames - 1);
  const at = `(${step}*on+${offset})/${n}`;
  const size = `s=${even(box.width)}x${even(box.height)}:fps=${fps / step}:d=1`;
  const centre = `x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)'`;
  const zoompan = MOTIONS[motion].zoompan;
  if (!zoompan) throw new RangeError(`Motion ${motion} does not move`);
  return zoompan(at, centre, size);
}

/**
 * How each transition's frames lay the incoming scene ([tb], trimmed to the transition) over the previous scene's
 * last look ([ta]) into [tr]: what the incoming stream gets after its trim, and the blend. A cut has no transition
 * frames (planTimeline), so it is never blended. A `Record`, so a new transition fails the type check until drawn.
 */
const TRANSITIONS: Record<Transition, ((t: number) => { incoming: string; blend: string }) | null> = {
  cut: null,
  fade: (t) => ({ incoming: `,format=yuva420p,fade=t=in:s=0:n=${t}:alpha=1`, blend: `[ta][tb]overlay=format=yuv420:shortest=1,format=yuv420p[tr]` }),
  slide: (t) => {
    const k = `(1-n/${t})`;
    return { incoming: '', blend: `[ta][tb]overlay=x='W*${k}*${k}*${k}':y=0:eval=frame:shortest=1,format=yuv420p[tr]` };
  },
};

/**
 * The filter graph of one scene segment: the still held for the scene's frames (the first
 * `transitionFrames` blending in from the previous still), a moving media layer and the presenter laid
 * over it, then split into the clean stream and one with the scene's captions burned in.
 */
export function buildSegmentGraph(o: SegmentGraphOptions): SegmentGraph {
  const { fps } = o;
  const chains: string[] = [];
  const incoming = o.transitionFrames > 0;
  const holdFrames = o.frames - o.transitionFrames;

  // The scene itself for all its frames: the still, with its moving media and the layer above it laid over.
  // Composited before any transition, so the media fades or slides in with the rest of the scene.
  // Without an incoming transition, the frames that will be dropped are dropped first, so the overlays and the
  // captions work only on the frames kept (those of either output; the clean one drops the caption-only ones
  // at the end, by timestamp since n counts kept frames there).
  const early = dropsFrames(o) && !incoming;
  const keep = o.keepFrames ?? [];
  const earlyKeep = early ? keepFramesFilter(o, [...keep, ...(o.captions?.changeFrames ?? [])]) : null;
  let scene = '[still]';
  chains.push(`[0:v]format=yuv420p,setsar=1,${hold('', o.frames, fps)}${earlyKeep ? `,${earlyKeep}` : ''}${scene}`);
  if (o.media) {
    const m = o.media;
    const w = even(m.box.width);
    const h = even(m.box.height);
    const scale = m.fit === 'cover' ? `scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}` : `scale=${w}:${h}:force_original_aspect_ratio=decrease`;
    let chain: string;
    // Images are converted to yuv420p once, before they are held: converting (JPEG's full-range YUV, a
    // PNG's RGB) after the loop would repeat it for every frame at up to full size.
    if (m.kind === 'video') {
      chain = `[${m.input}:v]fps=${fps},${scale},setsar=1,trim=end_frame=${o.frames},setpts=N/${fps}/TB`;
    } else if (m.motion === 'none') {
      chain = `[${m.input}:v]format=yuv420p,${scale},setsar=1,${hold('', o.frames, fps)}`;
    } else {
      // zoompan turns each input frame into one output frame, so the (decoded once) image is looped first; the
      // overlay below holds each step until the next.
      const step = m.frameStep ?? 1;
      chain = `[${m.input}:v]format=yuv420p,${scale},setsar=1,${hold('', Math.ceil(o.frames / step), fps)},${motionFilter(m.motion, m.box, o.sceneFrames, o.frameOffset, fps, step)},setpts=N*${step}/${fps}/TB`;
    }
    chains.push(`${chain},format=yuv420p[med]`);
    const x = `${Math.round(m.box.x)}+(${w}-w)/2`;
    const y = `${Math.round(m.box.y)}+(${h}-h)/2`;
    chains.push(`${scene}[med]overlay=x='${x}':y='${y}':eof_action=repeat[sm]`);
    scene = '[sm]';
    if (m.topInput !== null) {
      chains.push(`[${m.topInput}:v]format=yuva420p,${hold('', o.frames, fps)}[top]`, `${scene}[top]overlay=0:0:format=yuv420[st]`);
      scene = '[st]';
    }
  }

  if (o.chart) {
    // Until its frames end; then the still, which shows the chart complete, passes through.
    chains.push(`${scene}[${o.chart.input}:v]overlay=x=${Math.round(o.chart.box.x)}:y=${Math.round(o.chart.box.y)}:eof_action=pass:format=yuv420[sch]`);
    scene = '[sch]';
  }

  const parts: string[] = [];
  if (incoming) {
    const t = o.transitionFrames;
    let current = scene;
    if (holdFrames > 0) {
      chains.push(`${scene}split=2[curt][curh]`);
      current = '[curt]';
      scene = '[curh]';
    }
    chains.push(`[1:v]format=yuv420p,setsar=1,${hold('', t, fps)}[ta]`);
    const blending = TRANSITIONS[o.transition];
    if (!blending) throw new RangeError(`A ${o.transition} has no transition frames (got ${t})`);
    const { incoming: intoBlend, blend } = blending(t);
    chains.push(`${current}trim=end_frame=${t},setpts=N/${fps}/TB${intoBlend}[tb]`, blend);
    parts.push('[tr]');
  }
  if (holdFrames > 0) {
    // After a transition the hold's frames are counted from its start; alone, its timestamps (with gaps where
    // frames were dropped early) are already right.
    chains.push(`${scene}${incoming ? `trim=start_frame=${o.transitionFrames},setpts=N/${fps}/TB` : 'null'}[hd]`);
    parts.push('[hd]');
  }
  let label = '[base]';
  chains.push(parts.length > 1 ? `${parts.join('')}concat=n=2:v=1:a=0,setpts=N/${fps}/TB${label}` : `${parts[0]}null${label}`);

  if (o.presenter) {
    const b = o.presenter.box;
    // Straight (not premultiplied) RGBA, possibly at a lower rate than the video: overlay holds each
    // presenter frame until the next one, and the last one to the end.
    chains.push(`${label}[${o.presenter.input}:v]overlay=${Math.round(b.x)}:${Math.round(b.y)}:format=yuv420:eof_action=repeat[bp]`);
    label = '[bp]';
  }
  // Fades and the end by time, not frame count: with frames dropped early, counts no longer match times.
  const seconds = (frames: number) => (frames / fps).toFixed(6);
  const fades: string[] = [];
  if (o.fadeInFrames > 0) fades.push(`fade=t=in:st=0:d=${seconds(o.fadeInFrames)}`);
  if (o.fadeOutFrames > 0) fades.push(`fade=t=out:st=${seconds(o.frames - o.fadeOutFrames)}:d=${seconds(o.fadeOutFrames)}`);
  const kinetic = o.kinetic ? `ass=filename=${o.kinetic.assFile}:fontsdir=${o.kinetic.fontsDir},` : '';
  chains.push(`${label}${kinetic}${fades.length ? fades.join(',') : 'null'},trim=end=${seconds(o.frames)},format=yuv420p[v]`);
  const keepClean = early ? (o.captions ? keepFramesFilter(o, keep, `round(t*${fps})`) : null) : keepFramesFilter(o, keep);
  if (!o.captions) {
    chains.push(`[v]${keepClean ?? 'null'}[clean]`);
    return { graph: chains.join(';\n'), clean: '[clean]', captioned: null };
  }
  const keepCaptioned = early ? null : keepFramesFilter(o, [...keep, ...o.captions.changeFrames]);
  chains.push(
    `[v]split=2[vn][vc]`,
    `[vn]${keepClean ?? 'null'}[clean]`,
    `[vc]ass=filename=${o.captions.assFile}:fontsdir=${o.captions.fontsDir}${keepCaptioned ? `,${keepCaptioned}` : ''}[cap]`,
  );
  return { graph: chains.join(';\n'), clean: '[clean]', captioned: '[cap]' };
}
