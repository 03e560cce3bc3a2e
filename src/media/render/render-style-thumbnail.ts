import { createCanvas } from '@napi-rs/canvas';
import { STORYBOARD_SCHEMA, type Storyboard } from '../../storyboard/index.js';
import { getStyle, registerBundledFonts } from '../../styles/index.js';
import { withAlpha } from './color.js';
import { drawScene } from './draw-scene.js';

const WIDTH = 480;
const HEIGHT = 270;

/** A 480×270 JPEG showing a style: a title slide in its palette and a caption line in its caption look. */
export async function renderStyleThumbnail(styleId: string): Promise<Buffer> {
  registerBundledFonts();
  const style = getStyle(styleId);
  if (!style) throw new RangeError(`Unknown style "${styleId}"`);
  const storyboard: Storyboard = {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title: style.name,
    language: 'en',
    orientation: 'landscape',
    duration_target_sec: null,
    voice_id: 'sample',
    avatar_id: null,
    style_id: style.style_id,
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [{ id: 'sample', layout: 'title', narration: '', headline: 'Ideas worth sharing', presenter: 'none', transition: 'cut', duration_sec: 2 }],
  };
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  const scale = WIDTH / 1920;
  ctx.scale(scale, scale);
  drawScene(ctx, { width: 1920, height: 1080, storyboard, sceneIndex: 0, style, media: null });

  // A sample caption, drawn the way the burned-in captions look.
  const words = ['Ideas', 'worth', 'sharing'].map((w) => (style.captions.uppercase ? w.toUpperCase() : w));
  const size = 64;
  ctx.font = `700 ${size}px ${style.fonts.body}`;
  ctx.textBaseline = 'middle';
  const space = ctx.measureText(' ').width;
  const widths = words.map((w) => ctx.measureText(w).width);
  const total = widths.reduce((a, b) => a + b, 0) + space * (words.length - 1);
  let x = (1920 - total) / 2;
  const y = 1080 - 120;
  if (style.captions.box) {
    ctx.fillStyle = withAlpha(style.captions.box, 1);
    ctx.fillRect(x - 24, y - size * 0.75, total + 48, size * 1.5);
  }
  words.forEach((word, i) => {
    if (!style.captions.box) {
      ctx.strokeStyle = 'rgba(0,0,0,0.6)';
      ctx.lineWidth = 8;
      ctx.strokeText(word, x, y);
    }
    ctx.fillStyle = i === 1 ? style.captions.highlight : style.captions.text;
    ctx.fillText(word, x, y);
    x += (widths[i] ?? 0) + space;
  });
  return canvas.encode('jpeg', 88);
}
