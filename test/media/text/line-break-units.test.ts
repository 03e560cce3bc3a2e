import { describe, expect, it } from 'vitest';
import { displayWidth, lineBreakUnits, splitTimedPhrases, textDirection } from '../../../src/media/text/index.js';

describe('layout that reads right', () => {
  it('breaks Japanese by phrase, never splitting a particle off', () => {
    expect(lineBreakUnits('私たちのパン屋は月曜日から毎朝7時に開店します。').map((u) => u.text)).toEqual(['私たちの', 'パン屋は', '月曜日から', '毎朝7時に', '開店します。']);
  });

  it('keeps closing marks off a line start and opening brackets off a line end (kinsoku)', () => {
    const units = lineBreakUnits('「こんにちは」と言った。').map((u) => u.text);
    expect(units.every((u) => !/^[」。、]/.test(u) && !/「$/.test(u))).toBe(true);
  });

  it('breaks Latin text at spaces, as before', () => {
    expect(lineBreakUnits('Hello big world')).toEqual([{ text: 'Hello', spaceBefore: false }, { text: 'big', spaceBefore: true }, { text: 'world', spaceBefore: true }]);
  });

  it('knows right-to-left paragraphs by their first strong letter', () => {
    expect(textDirection('7 يفتح مخبزنا')).toBe('rtl');
    expect(textDirection('המאפייה')).toBe('rtl');
    expect(textDirection('Наша ABC')).toBe('ltr');
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('パンa')).toBe(5);
  });

  it('shares a Japanese sentence’s timing among its phrases, in order and without gaps', () => {
    const text = '私たちのパン屋は月曜日から開店します。';
    const pieces = splitTimedPhrases(text, [{ text, charStart: 0, charEnd: text.length, start: 1, end: 4 }]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0]!.start).toBe(1);
    expect(pieces[pieces.length - 1]!.end).toBeCloseTo(4);
    pieces.slice(1).forEach((p, i) => expect(p.start).toBeCloseTo(pieces[i]!.end));
    expect(pieces.slice(1).every((p) => p.spaceBefore === false)).toBe(true);
  });
});
