import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../../src/process/index.js';
import {
  buildAss, buildKineticAss, buildSegmentGraph, captionChangeFrames, chartFrames, chartLookFor, kineticChangeFrames, pickKineticWords, resolveFfmpegPath, writeChartFrames, type ChartAnimation,
} from '../../../../src/media/index.js';
import type { Storyboard } from '../../../../src/storyboard/index.js';
import { bundledFontFiles, getStyle } from '../../../../src/styles/index.js';

const ffmpegPath = resolveFfmpegPath();
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ova-moving-pictures-'));
  await mkdir(join(root, 'fonts'), { recursive: true });
  await Promise.all(bundledFontFiles().map((file) => copyFile(file, join(root, 'fonts', basename(file)))));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

const style = getStyle('clean')!;
const sb = { language: 'en', brand: undefined } as unknown as Storyboard;

function animation(width: number, height: number): ChartAnimation {
  const box = { x: 160, y: 20, width: 140, height: 120 };
  return {
    box, background: new Uint8ClampedArray(box.width * box.height * 4).fill(255), chartBox: box,
    chart: { type: 'bar', items: [{ label: 'a', value: 3 }, { label: 'b', value: 7 }] }, look: chartLookFor({ style, storyboard: sb, width, height }),
  };
}

async function frameHashes(inputs: string[], graph: string, label: string, variable: boolean): Promise<{ pts: number; md5: string }[]> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', ...inputs, '-filter_complex', graph, '-map', label, ...(variable ? ['-vsync', 'vfr'] : ['-r', '30']), '-f', 'framemd5', '-'], { cwd: root });
  return stdout.toString().split('\n').filter((l) => /^\d+,/.test(l)).map((l) => ({ pts: Number(l.split(',')[1]), md5: l.split(',')[5]!.trim() }));
}

describe('a chart building up', () => {
  it('draws a first frame that differs from the held one, which matches the complete chart', async () => {
    const anim = animation(320, 180);
    const frames = chartFrames(30, 0, 0, 90);
    expect(frames[0]).toBe(0);
    expect(frames.length).toBeGreaterThan(15);
    const path = join(root, 'chart.rgba');
    await writeChartFrames(anim, frames, 0, 30, path);
    const raw = await readFile(path);
    const size = anim.box.width * anim.box.height * 4;
    expect(raw.length).toBe(size * frames.length);
    const first = raw.subarray(0, size);
    const last = raw.subarray(raw.length - size);
    expect(first.equals(last)).toBe(false);
    const canvas = createCanvas(anim.box.width, anim.box.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, anim.box.width, anim.box.height);
    const { drawChart } = await import('../../../../src/media/index.js');
    ctx.translate(-anim.box.x, -anim.box.y);
    drawChart(ctx, anim.chart, anim.chartBox, anim.look, 1);
    expect(Buffer.from(ctx.getImageData(0, 0, anim.box.width, anim.box.height).data).equals(last)).toBe(true);
  });
});

describe('a segment with a moving chart and key words', () => {
  it('keeps every frame on which they change, in both outputs: at every 1/30 s the picture equals the constant-rate one', async () => {
    const [width, height, total] = [320, 180, 90];
    const canvas = createCanvas(width, height);
    const c = canvas.getContext('2d');
    c.fillStyle = '#FFFFFF';
    c.fillRect(0, 0, width, height);
    await writeFile(join(root, 'still.jpg'), await canvas.encode('jpeg', 95));
    const anim = animation(width, height);
    const frames = chartFrames(30, 0, 0, total);
    await writeChartFrames(anim, frames, 0, 30, join(root, 'seg-chart.rgba'));
    const words = pickKineticWords(
      [{ text: 'Revenue', start: 0.2, end: 0.6 }, { text: 'grew', start: 0.6, end: 0.9 }, { text: 'to', start: 0.9, end: 1.3 }, { text: '4.2', start: 1.4, end: 1.7 }, { text: 'million.', start: 1.7, end: 2.2 }],
      { language: 'en', sceneEnd: 3 },
    );
    expect(words.map((w) => w.text)).toEqual(['Revenue', '4.2 million']);
    await writeFile(join(root, 'kin.ass'), buildKineticAss(words, { x: 100, y: 90, size: 30, fill: '#FF8800', ink: '#111111', uppercase: false }, { width, height, font: style.fonts.heading }));
    const cues = [{ start: 0.2, end: 2.2, words: [{ text: 'Revenue', start: 0.2, end: 1.0 }, { text: 'grew.', start: 1.0, end: 2.2 }] }];
    await writeFile(join(root, 'cap.ass'), buildAss(cues, { width, height, style, font: style.fonts.body }));
    const keep = [...frames, frames.at(-1)! + 2, ...kineticChangeFrames(words, 30)];
    const graph = (drop: boolean, kinetic: boolean) => buildSegmentGraph({
      fps: 30, width, height, frames: total, frameOffset: 0, sceneFrames: total, transition: 'cut', transitionFrames: 0, fadeInFrames: 0, fadeOutFrames: 0,
      media: null, presenter: null, captions: { assFile: 'cap.ass', fontsDir: 'fonts', changeFrames: captionChangeFrames(cues, 30) }, dropRepeatedFrames: drop,
      chart: { input: 1, box: anim.box }, kinetic: kinetic ? { assFile: 'kin.ass', fontsDir: 'fonts' } : null, keepFrames: keep,
    });
    const inputs = ['-framerate', '30', '-i', 'still.jpg', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${anim.box.width}x${anim.box.height}`, '-framerate', '15', '-i', 'seg-chart.rgba'];
    for (const label of ['clean', 'captioned'] as const) {
      const other = label === 'clean' ? 'captioned' : 'clean';
      const run = (g: ReturnType<typeof graph>, variable: boolean) => frameHashes(inputs, `${g.graph};${g[other]}nullsink`, g[label]!, variable);
      const all = await run(graph(false, true), false);
      const kept = await run(graph(true, true), true);
      const plain = await run(graph(false, false), false);
      expect(all).toHaveLength(total);
      expect(kept.length).toBeLessThan(total * 0.8);
      for (let t = 0; t < total; t += 1) expect(kept.filter((f) => f.pts <= t).at(-1)?.md5, `${label} frame ${t}`).toBe(all[t]!.md5);
      // The chart moves over its first frames, then holds.
      expect(all[0]!.md5).not.toBe(all[frames.at(-1)!]!.md5);
      // The key words are burned into this output too.
      expect(all.filter((f, t) => f.md5 !== plain[t]!.md5).length).toBeGreaterThan(20);
    }
  });
});
