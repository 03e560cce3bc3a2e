import { describe, expect, it } from 'vitest';
import { buildAss, buildSrt, captionWords, escapeAssText, formatSrtTime, getStyle, groupCaptionCues } from '../../../src/media/index.js';
import type { WordTiming } from '../../../src/media/index.js';

function timings(text: string, step = 0.3): WordTiming[] {
  const out: WordTiming[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const clean = match[0].replace(/[^\p{L}\p{N}']/gu, '');
    const i = out.length;
    out.push({ text: clean, charStart: match.index, charEnd: match.index + clean.length, start: i * step, end: i * step + step * 0.8 });
  }
  return out;
}

const NARRATION = 'Solar panels turn light into power. An inverter makes it usable at home, day and night!';

describe('caption cues', () => {
  it('shows words with their punctuation, on the video clock', () => {
    const words = captionWords(NARRATION, timings(NARRATION), 10);
    expect(words[5]).toEqual({ text: 'power.', start: 11.5, end: 11.74 });
    expect(words[0]!.start).toBe(10);
  });

  it('groups a few words per cue and closes a cue at a sentence end', () => {
    const cues = groupCaptionCues(captionWords(NARRATION, timings(NARRATION), 0), { maxWords: 4, maxChars: 30 });
    for (const cue of cues) expect(cue.words.length).toBeLessThanOrEqual(4);
    const texts = cues.map((c) => c.words.map((w) => w.text).join(' '));
    const sentenceEnd = texts.findIndex((t) => t.endsWith('power.'));
    expect(sentenceEnd).toBeGreaterThanOrEqual(0);
    expect(texts[sentenceEnd + 1]).toMatch(/^An /);
  });

  it('does not close a cue at the ordinal dot of a day before its month', () => {
    const text = 'Sie öffnet am Montag, dem 12. Januar. Alle sind willkommen.';
    const texts = groupCaptionCues(captionWords(text, timings(text), 0), { maxWords: 5, maxChars: 40 }).map((c) => c.words.map((w) => w.text).join(' '));
    expect(texts.some((t) => t.includes('12. Januar.'))).toBe(true);
    expect(texts.some((t) => t.endsWith('12.'))).toBe(false);
    expect(texts[texts.length - 1]).toBe('Alle sind willkommen.');
  });

  it('does not part a figure from what it counts (“at 6 | pm”)', () => {
    const text = 'Spin runs Wednesday at 6 pm. Our revenue grew by 18 percent this year.';
    const texts = groupCaptionCues(captionWords(text, timings(text), 0), { maxWords: 5, maxChars: 32 }).map((c) => c.words.map((w) => w.text).join(' '));
    expect(texts.some((t) => t.endsWith('6 pm.'))).toBe(true);
    expect(texts.some((t) => /\b18 percent\b/.test(t))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/^(?:pm|percent)\b/);
  });

  it('writes SRT cues that start on their first word and end after their last word, before the next cue', () => {
    const words = captionWords(NARRATION, timings(NARRATION), 2.5);
    const cues = groupCaptionCues(words, { maxWords: 4, maxChars: 30 });
    const srt = buildSrt(cues);
    const blocks = srt.trim().split('\n\n');
    expect(blocks).toHaveLength(cues.length);
    let wordIndex = 0;
    blocks.forEach((block, i) => {
      const [number, time, text] = block.split('\n');
      expect(number).toBe(String(i + 1));
      const [start, end] = time!.split(' --> ');
      const cueWords = text!.split(' ');
      const first = words[wordIndex]!;
      const last = words[wordIndex + cueWords.length - 1]!;
      expect(start).toBe(formatSrtTime(first.start));
      expect(cueWords).toEqual(words.slice(wordIndex, wordIndex + cueWords.length).map((w) => w.text));
      const toSec = (t: string) => { const [h, m, s] = t.replace(',', '.').split(':').map(Number); return h! * 3600 + m! * 60 + s!; };
      expect(toSec(end!)).toBeGreaterThanOrEqual(last.end - 0.001);
      const next = words[wordIndex + cueWords.length];
      if (next) expect(toSec(end!)).toBeLessThanOrEqual(next.start + 0.001);
      wordIndex += cueWords.length;
    });
    expect(wordIndex).toBe(words.length);
    expect(formatSrtTime(3725.0456)).toBe('01:02:05,046');
  });
});

describe('ASS captions', () => {
  it('neutralises override braces, backslashes and line breaks', () => {
    expect(escapeAssText('a{\\b1}b\\Nc\nd')).toBe('a(/b1)b/Nc d');
  });

  it('writes one event per word with that word highlighted', () => {
    const style = getStyle('clean')!;
    const text = 'Hack {\\fs200} me';
    const cues = groupCaptionCues(captionWords(text, timings(text), 0), { maxWords: 5, maxChars: 40 });
    const ass = buildAss(cues, { width: 1920, height: 1080, style, font: 'Inter' });
    const events = ass.split('\n').filter((l) => l.startsWith('Dialogue:'));
    expect(events).toHaveLength(3);
    expect(events[0]).toContain('{\\1c&H15CCFA&}Hack{\\1c&HFFFFFF&}');
    expect(ass).not.toContain('{\\fs200}');
    expect(ass).toContain('PlayResX: 1920');
  });
});
