import type { TimelineScene } from './plan-timeline.js';

export interface FilterGraphOptions {
  timeline: readonly TimelineScene[];
  fps: number;
  /** Input index of the narration track (the scene images are inputs 0..n-1). */
  audioInput: number;
  audioFilter: string;
  /** ASS file and fonts folder, relative to ffmpeg's working directory; null for no captioned output. */
  captions: { assFile: string; fontsDir: string } | null;
  /** Fade the last scene out to black over this many seconds (0 for none). */
  fadeOutSec: number;
}

export interface FilterGraph {
  graph: string;
  /** Labels to -map: the clean video and its audio, and the captioned pair when captions were asked for. */
  clean: { video: string; audio: string };
  captioned: { video: string; audio: string } | null;
}

/** A still held for `frames` frames: the one decoded image repeated in memory, not re-read per frame. */
function hold(input: string, frames: number, fps: number): string {
  return `${input}loop=loop=${frames - 1}:size=1:start=0,setpts=N/${fps}/TB`;
}

/**
 * The ffmpeg filter graph that turns one still per scene into the video: each still is held for its
 * scene's frames; a fade (or slide) is a short segment where the next still is blended (or slid) over the
 * previous one (the 2018 build has no xfade); the segments are concatenated; then the stream is split
 * into the clean output and one with the ASS captions burned in.
 */
export function buildFilterGraph(options: FilterGraphOptions): FilterGraph {
  const { timeline, fps } = options;
  const chains: string[] = [];
  const segments: string[] = [];
  timeline.forEach((scene, i) => {
    const incoming = i > 0 && scene.transitionFrames > 0;
    const outgoing = (timeline[i + 1]?.transitionFrames ?? 0) > 0;
    const uses = [`[s${i}h]`, ...(incoming ? [`[s${i}t]`] : []), ...(outgoing ? [`[s${i}f]`] : [])];
    chains.push(`[${i}:v]format=yuv420p,setsar=1,${uses.length > 1 ? `split=${uses.length}` : 'null'}${uses.join('')}`);

    if (incoming) {
      const t = scene.transitionFrames;
      chains.push(`${hold(`[s${i - 1}f]`, t, fps)}[ta${i}]`);
      if (scene.transition === 'slide') {
        chains.push(`${hold(`[s${i}t]`, t, fps)}[tb${i}]`);
        // Ease-out cubic from the right edge: x = W·(1 − n/T)³.
        const k = `(1-n/${t})`;
        chains.push(`[ta${i}][tb${i}]overlay=x='W*${k}*${k}*${k}':y=0:eval=frame:shortest=1,format=yuv420p[t${i}]`);
      } else {
        chains.push(`${hold(`[s${i}t]`, t, fps)},format=yuva420p,fade=t=in:s=0:n=${t}:alpha=1[tb${i}]`);
        chains.push(`[ta${i}][tb${i}]overlay=format=yuv420:shortest=1,format=yuv420p[t${i}]`);
      }
      segments.push(`[t${i}]`);
    }

    const holdFrames = scene.frames - (incoming ? scene.transitionFrames : 0);
    const fades: string[] = [];
    if (i === 0 && scene.transitionFrames > 0) fades.push(`fade=t=in:s=0:n=${Math.min(scene.transitionFrames, holdFrames)}`);
    if (i === timeline.length - 1 && options.fadeOutSec > 0) {
      const n = Math.min(Math.round(options.fadeOutSec * fps), Math.floor(holdFrames / 2));
      if (n > 0) fades.push(`fade=t=out:s=${holdFrames - n}:n=${n}`);
    }
    chains.push(`${hold(`[s${i}h]`, holdFrames, fps)}${fades.map((f) => `,${f}`).join('')}[h${i}]`);
    segments.push(`[h${i}]`);
  });

  // Renumber after concat: overlay output carries no frame duration, so concat's own timestamps can repeat one.
  chains.push(`${segments.join('')}concat=n=${segments.length}:v=1:a=0,setpts=N/${fps}/TB[vcat]`);
  const audio = `[${options.audioInput}:a]${options.audioFilter}`;
  if (!options.captions) {
    chains.push(`[vcat]null[vclean]`, `${audio}[aclean]`);
    return { graph: chains.join(';\n'), clean: { video: '[vclean]', audio: '[aclean]' }, captioned: null };
  }
  // Paths are relative and chosen by us (no ':' or quotes), so nothing needs filter-graph escaping.
  chains.push(`[vcat]split=2[vclean][vc]`, `[vc]ass=filename=${options.captions.assFile}:fontsdir=${options.captions.fontsDir}[vcap]`);
  chains.push(`${audio},asplit=2[aclean][acap]`);
  return { graph: chains.join(';\n'), clean: { video: '[vclean]', audio: '[aclean]' }, captioned: { video: '[vcap]', audio: '[acap]' } };
}
