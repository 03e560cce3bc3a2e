import { lineBreakUnits, type BreakUnit } from '../text/index.js';

/** The part of a 2D context that text layout needs (a canvas context satisfies it). */
export interface TextMeasurer {
  font: string;
  measureText(text: string): { width: number };
}

export interface FitTextOptions {
  /** The CSS font for a size in pixels, e.g. (s) => `800 ${s}px Inter`. */
  font: (size: number) => string;
  maxSize: number;
  minSize: number;
  /** Line advance as a multiple of the font size. */
  lineHeight: number;
  maxLines?: number;
  /** Space between paragraphs, as a multiple of the font size. */
  paragraphGap?: number;
  /** Width taken from the left of each paragraph (a bullet marker), as a multiple of the font size. */
  indent?: number;
}

export interface FittedText {
  size: number;
  font: string;
  /** Pixels from one baseline to the next. */
  lineAdvance: number;
  paragraphGap: number;
  indent: number;
  /** Lines of each paragraph. */
  paragraphs: string[][];
  /** Widest line, in pixels (without the indent). */
  width: number;
  /** Total height, in pixels: lines × advance plus the gaps. */
  height: number;
  /** True when even the smallest size did not fit and text was cut with an ellipsis. */
  truncated: boolean;
  /** True when a word longer than a line had to be split. */
  brokeWords: boolean;
}

/** Breaks a word wider than `width` into pieces that fit (no hyphen; a long URL is not a word to hyphenate). */
function breakWord(ctx: TextMeasurer, word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current && ctx.measureText(current + char).width > width) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy word wrap with the context's current font; words longer than a line are broken. */
export function wrapText(ctx: TextMeasurer, text: string, width: number): string[] {
  return wrapTextReportingBreaks(ctx, text, width).lines;
}

function wrapTextReportingBreaks(ctx: TextMeasurer, text: string, width: number): { lines: string[]; broke: boolean } {
  let broke = false;
  const lines: string[] = [];
  let line = '';
  const place = (word: string, spaceBefore: boolean, held: boolean): void => {
    const candidate = line ? `${line}${spaceBefore ? ' ' : ''}${word}` : word;
    if (ctx.measureText(candidate).width <= width) {
      line = candidate;
      return;
    }
    // A figure held with its word that does not fit a line on its own is placed word by word after all.
    if (held && ctx.measureText(word).width > width) {
      word.split(' ').forEach((part, i) => place(part, i > 0 || spaceBefore, false));
      return;
    }
    if (line) lines.push(line);
    if (ctx.measureText(word).width <= width) {
      line = word;
    } else {
      const pieces = breakWord(ctx, word, width);
      broke = true;
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  };
  // Japanese and Chinese break between phrases and words, not at spaces they do not have.
  for (const { text: word, spaceBefore, held } of holdFiguresWithWords(lineBreakUnits(text))) place(word, spaceBefore, held);
  if (line) lines.push(line);
  return { lines, broke };
}

/** A short figure and the word after it ("1 April", "12. Januar", "18 degrees", "15 %"): no line break between them. */
const SHORT_FIGURE = /^(?:\d{1,3}(?:[.,]\d+)?\.?|[$€£¥]\d{1,3}(?:[.,]\d+)?)$/u;

function holdFiguresWithWords(units: readonly BreakUnit[]): (BreakUnit & { held: boolean })[] {
  const out: (BreakUnit & { held: boolean })[] = [];
  for (const unit of units) {
    const last = out[out.length - 1];
    if (last && !last.held && unit.spaceBefore && SHORT_FIGURE.test(last.text) && unit.text.length <= 12) {
      out[out.length - 1] = { text: `${last.text} ${unit.text}`, spaceBefore: last.spaceBefore, held: true };
    } else out.push({ ...unit, held: false });
  }
  return out;
}

function layout(ctx: TextMeasurer, texts: readonly string[], box: { width: number; height: number }, size: number, options: FitTextOptions): FittedText {
  const font = options.font(size);
  ctx.font = font;
  const indent = (options.indent ?? 0) * size;
  const lineAdvance = size * options.lineHeight;
  const paragraphGap = (options.paragraphGap ?? 0) * size;
  const wrapped = texts.map((text) => wrapTextReportingBreaks(ctx, text, Math.max(1, box.width - indent)));
  const paragraphs = wrapped.map((w) => w.lines);
  const brokeWords = wrapped.some((w) => w.broke);
  const lineCount = paragraphs.reduce((n, lines) => n + Math.max(1, lines.length), 0);
  const width = Math.max(0, ...paragraphs.flat().map((line) => ctx.measureText(line).width));
  // The last line only needs the font's own height, not a full advance.
  const height = lineCount > 0 ? (lineCount - 1) * lineAdvance + size * 1.2 + paragraphGap * (texts.length - 1) : 0;
  return { size, font, lineAdvance, paragraphGap, indent, paragraphs, width, height, truncated: false, brokeWords };
}

function fits(fitted: FittedText, box: { width: number; height: number }, options: FitTextOptions, wholeWords: boolean): boolean {
  if (wholeWords && fitted.brokeWords) return false;
  const lines = fitted.paragraphs.reduce((n, p) => n + p.length, 0);
  return fitted.height <= box.height && fitted.width + fitted.indent <= box.width && (options.maxLines === undefined || lines <= options.maxLines);
}

function measureHeight(paragraphs: readonly (readonly string[])[], fitted: FittedText): number {
  const kept = paragraphs.filter((p) => p.length > 0);
  const lines = kept.reduce((n, p) => n + p.length, 0);
  return lines > 0 ? (lines - 1) * fitted.lineAdvance + fitted.size * 1.2 + fitted.paragraphGap * (kept.length - 1) : 0;
}

/** Cuts the text to the lines that fit, ending the last kept line with an ellipsis that fits too. */
function truncate(ctx: TextMeasurer, fitted: FittedText, box: { width: number; height: number }, options: FitTextOptions): FittedText {
  const paragraphs: string[][] = [];
  let count = 0;
  outer: for (const lines of fitted.paragraphs) {
    const current: string[] = [];
    paragraphs.push(current);
    for (const line of lines) {
      current.push(line);
      count += 1;
      if (measureHeight(paragraphs, fitted) > box.height || (options.maxLines !== undefined && count > options.maxLines)) {
        current.pop();
        break outer;
      }
    }
  }
  const kept = paragraphs.filter((p) => p.length > 0);
  ctx.font = fitted.font;
  const last = kept[kept.length - 1];
  if (last) {
    let line = last[last.length - 1] ?? '';
    const maxWidth = box.width - fitted.indent;
    while (line && ctx.measureText(`${line}…`).width > maxWidth) line = line.slice(0, -1).trimEnd();
    last[last.length - 1] = `${line}…`;
  }
  const width = Math.max(0, ...kept.flat().map((l) => ctx.measureText(l).width));
  return { ...fitted, paragraphs: kept, height: measureHeight(kept, fitted), width, truncated: true };
}

/**
 * The largest font size (from maxSize down to minSize) at which the paragraphs, wrapped, fit the box;
 * if none does, the smallest size with the text cut and an ellipsis. Never wider or taller than the box.
 */
export function fitText(ctx: TextMeasurer, text: string | readonly string[], box: { width: number; height: number }, options: FitTextOptions): FittedText {
  const texts = (typeof text === 'string' ? [text] : [...text]).map((t) => t.trim()).filter(Boolean);
  const low = Math.max(1, Math.floor(options.minSize));
  const high = Math.max(low, Math.floor(options.maxSize));
  const smallest = layout(ctx, texts, box, low, options);
  // Prefer a size at which no word is split ("173,000" must not become "173,00 / 0"); split only if none.
  for (const wholeWords of [true, false]) {
    if (!fits(smallest, box, options, wholeWords)) continue;
    let best = smallest;
    let lo = low;
    let hi = high;
    // Wrapping makes fit almost monotonic in size: binary search, each answer checked by construction.
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const candidate = layout(ctx, texts, box, mid, options);
      if (fits(candidate, box, options, wholeWords)) {
        best = candidate;
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
  return truncate(ctx, smallest, box, options);
}
