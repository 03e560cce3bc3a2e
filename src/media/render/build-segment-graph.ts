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
  /** The presenter's frames (raw straight RGBA of `box`) as an input, overlaid last. */
  presenter: { input: number; box: Box } | null;
  captions: { assFile: string; fontsDir: string } | null;
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

/** The zoompan expressions for a slow Ken Burns move over `frames` frames. */
function motionFilter(motion: SegmentMedia['motion'], box: Box, sceneFrames: number, offset: number, fps: number): string {
  const n = Math.max(1, sceneFrames - 1);
  const at = `(on+${offset})/${n}`;
  const size = `s=${even(box.width)}x${even(box.height)}:fps=${fps}:d=1`;
  const centre = `x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)'`;
  if (motion === 'zoom_in') return `zoompan=z='1+0.12*${at}':${centre}:${size}`;
  if (motion === 'zoom_out') return `zoompan=z='1.12-0.12*${at}':${centre}:${size}`;
  return `zoompan=z='1.12':x='(iw-iw/zoom)*${at}':y='ih/2-(ih/zoom/2)':${size}`;
}

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
  const uses = [...(holdFrames > 0 ? ['[cur]'] : []), ...(incoming ? ['[curt]'] : [])];
  chains.push(`[0:v]format=yuv420p,setsar=1,${uses.length > 1 ? `split=2${uses.join('')}` : `null${uses[0]}`}`);
  const parts: string[] = [];
  if (incoming) {
    const t = o.transitionFrames;
    chains.push(`[1:v]format=yuv420p,setsar=1,${hold('', t, fps)}[ta]`);
    if (o.transition === 'slide') {
      chains.push(`${hold('[curt]', t, fps)}[tb]`);
      const k = `(1-n/${t})`;
      chains.push(`[ta][tb]overlay=x='W*${k}*${k}*${k}':y=0:eval=frame:shortest=1,format=yuv420p[tr]`);
    } else {
      chains.push(`${hold('[curt]', t, fps)},format=yuva420p,fade=t=in:s=0:n=${t}:alpha=1[tb]`);
      chains.push(`[ta][tb]overlay=format=yuv420:shortest=1,format=yuv420p[tr]`);
    }
    parts.push('[tr]');
  }
  if (holdFrames > 0) {
    chains.push(`${hold('[cur]', holdFrames, fps)}[hd]`);
    parts.push('[hd]');
  }
  let label = '[base]';
  chains.push(parts.length > 1 ? `${parts.join('')}concat=n=2:v=1:a=0,setpts=N/${fps}/TB${label}` : `${parts[0]}null${label}`);

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
      // zoompan turns each input frame into one output frame, so the (decoded once) image is looped first.
      chain = `[${m.input}:v]format=yuv420p,${scale},setsar=1,${hold('', o.frames, fps)},${motionFilter(m.motion, m.box, o.sceneFrames, o.frameOffset, fps)},setpts=N/${fps}/TB`;
    }
    chains.push(`${chain},format=yuv420p[med]`);
    const x = `${Math.round(m.box.x)}+(${w}-w)/2`;
    const y = `${Math.round(m.box.y)}+(${h}-h)/2`;
    chains.push(`${label}[med]overlay=x='${x}':y='${y}':eof_action=repeat[bm]`);
    label = '[bm]';
    if (m.topInput !== null) {
      chains.push(`[${m.topInput}:v]format=yuva420p,${hold('', o.frames, fps)}[top]`, `${label}[top]overlay=0:0:format=yuv420[bt]`);
      label = '[bt]';
    }
  }
  if (o.presenter) {
    const b = o.presenter.box;
    // Straight (not premultiplied) RGBA, possibly at a lower rate than the video: overlay holds each
    // presenter frame until the next one, and the last one to the end.
    chains.push(`${label}[${o.presenter.input}:v]overlay=${Math.round(b.x)}:${Math.round(b.y)}:format=yuv420:eof_action=repeat[bp]`);
    label = '[bp]';
  }
  const fades: string[] = [];
  if (o.fadeInFrames > 0) fades.push(`fade=t=in:s=0:n=${o.fadeInFrames}`);
  if (o.fadeOutFrames > 0) fades.push(`fade=t=out:s=${o.frames - o.fadeOutFrames}:n=${o.fadeOutFrames}`);
  chains.push(`${label}${fades.length ? fades.join(',') : 'null'},trim=end_frame=${o.frames},format=yuv420p[v]`);
  if (!o.captions) {
    chains.push('[v]null[clean]');
    return { graph: chains.join(';\n'), clean: '[clean]', captioned: null };
  }
  chains.push('[v]split=2[clean][vc]', `[vc]ass=filename=${o.captions.assFile}:fontsdir=${o.captions.fontsDir}[cap]`);
  return { graph: chains.join(';\n'), clean: '[clean]', captioned: '[cap]' };
}
