import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mouthCues, phonemeShapes, shapeAt, type MouthCue } from '../../../src/media/presenter/index.js';
import { EspeakTtsEngine, type Synthesis } from '../../../src/media/tts/index.js';

const FPS = 30;
const frameOf = (t: number) => Math.round(t * FPS);

describe('mouth shapes from real eSpeak-NG phonemes', () => {
  const tts = new EspeakTtsEngine();
  let speech: Synthesis;
  let cues: MouthCue[];
  beforeAll(async () => {
    speech = await tts.synthesize('Bob buys maps. ... Mom paints people.', 'espeak-en-us-female');
    cues = mouthCues(speech.phonemes, FPS);
  });
  afterAll(async () => {
    await tts.close();
  });

  it('closes the mouth (A) on the frame where each p, b and m starts', () => {
    const closures = speech.phonemes.filter((p) => /^[pbm]/.test(p.phoneme));
    expect(closures.length).toBeGreaterThanOrEqual(8);
    for (const closure of closures) {
      const frame = frameOf(closure.start);
      expect(shapeAt(cues, (frame + 0.5) / FPS), `${closure.phoneme} at ${closure.start}s (frame ${frame})`).toBe('A');
    }
  });

  it('rests (X) in the pause between sentences and after the speech', () => {
    const gaps = speech.phonemes.slice(1).map((p, i) => ({ from: speech.phonemes[i]!.end, to: p.start })).filter((gap) => gap.to - gap.from > 0.1);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(shapeAt(cues, (gap.from + gap.to) / 2)).toBe('X');
    expect(shapeAt(cues, speech.duration + 1)).toBe('X');
  });

  it('gives the open vowel of "Bob" a D and the diphthong of "buys" D then B', () => {
    const bob = speech.phonemes.find((p) => p.phoneme.startsWith('ɑ'))!;
    expect(shapeAt(cues, (bob.start + bob.end) / 2)).toBe('D');
    const buys = speech.phonemes.find((p) => p.phoneme === 'aɪ')!;
    const quarter = (buys.end - buys.start) / 4;
    expect(shapeAt(cues, buys.start + quarter)).toBe('D');
    expect(shapeAt(cues, buys.end - quarter)).toBe('B');
  });

  it('cues are contiguous from 0, on frame boundaries, never empty, and change shape at every boundary', () => {
    expect(cues[0]!.start).toBe(0);
    cues.forEach((cue, i) => {
      expect(cue.end).toBeGreaterThan(cue.start);
      expect(Math.abs(cue.start * FPS - Math.round(cue.start * FPS))).toBeLessThan(1e-9);
      expect(Math.abs(cue.end * FPS - Math.round(cue.end * FPS))).toBeLessThan(1e-9);
      if (i > 0) {
        expect(cue.start).toBe(cues[i - 1]!.end);
        expect(cue.shape).not.toBe(cues[i - 1]!.shape);
      }
    });
  });
});

describe('mouthCues', () => {
  it('keeps a closure shorter than a frame for one whole frame', () => {
    const cues = mouthCues(
      [
        { phoneme: 'ɑː', start: 0, end: 0.2 },
        { phoneme: 'm', start: 0.2, end: 0.21 },
        { phoneme: 'ɑː', start: 0.21, end: 0.4 },
      ],
      25,
    );
    expect(cues.map((c) => c.shape)).toEqual(['D', 'A', 'D']);
    expect(cues[1]).toEqual({ start: 0.2, end: 0.24, shape: 'A' });
  });

  it('drops sounds shorter than half a frame except closures', () => {
    const cues = mouthCues(
      [
        { phoneme: 'æ', start: 0, end: 0.2 },
        { phoneme: 't', start: 0.2, end: 0.205 },
        { phoneme: 'æ', start: 0.205, end: 0.4 },
      ],
      30,
    );
    expect(cues.map((c) => c.shape)).toEqual(['C']);
  });

  it('fills silence before, between and inside speech with X', () => {
    const cues = mouthCues(
      [
        { phoneme: 'h', start: 0.5, end: 0.6 },
        { phoneme: 'l', start: 1.2, end: 1.3 },
      ],
      10,
    );
    expect(cues).toEqual([
      { start: 0, end: 0.5, shape: 'X' },
      { start: 0.5, end: 0.6, shape: 'B' },
      { start: 0.6, end: 1.2, shape: 'X' },
      { start: 1.2, end: 1.3, shape: 'H' },
    ]);
  });

  it('for any phoneme sequence: contiguous frame-aligned cues from 0, and every closure seen', () => {
    const symbols = ['p', 'b', 'm', 'ɑː', 'aɪ', 'eɪ', 's', 't', 'f', 'l', 'uː', 'ɔː', 'æ', '_', 'oʊ'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ symbol: fc.constantFrom(...symbols), gap: fc.double({ min: 0, max: 0.3, noNaN: true }), length: fc.double({ min: 0.005, max: 0.3, noNaN: true }) }), { maxLength: 40 }),
        fc.constantFrom(24, 25, 30, 60),
        (items, fps) => {
          let t = 0;
          const phonemes = items.map(({ symbol, gap, length }) => {
            t += gap;
            const p = { phoneme: symbol, start: t, end: t + length };
            t += length;
            return p;
          });
          const cues = mouthCues(phonemes, fps);
          if (cues.length > 0) expect(cues[0]!.start).toBe(0);
          cues.forEach((cue, i) => {
            expect(cue.end).toBeGreaterThan(cue.start);
            expect(Math.abs(cue.end * fps - Math.round(cue.end * fps))).toBeLessThan(1e-6);
            if (i > 0) expect(cue.start).toBe(cues[i - 1]!.end);
          });
          const closures = phonemes.filter((p) => /^[pbm]$/.test(p.phoneme)).length;
          const aFrames = cues.filter((c) => c.shape === 'A').reduce((n, c) => n + Math.round((c.end - c.start) * fps), 0);
          // Adjacent closures may share frames, but a sequence with a closure always shows one.
          if (closures > 0) expect(aFrames).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('rejects a frame rate that is not positive', () => {
    expect(() => mouthCues([], 0)).toThrow(RangeError);
  });
});

describe('phonemeShapes', () => {
  it.each([
    ['p', ['A']], ['b', ['A']], ['m', ['A']],
    ['f', ['G']], ['v', ['G']], ['l', ['H']],
    ['ʃ', ['F']], ['tʃ', ['F']], ['dʒ', ['F']], ['uː', ['F']], ['w', ['F']],
    ['ɔː', ['E']], ['ɹ', ['E']], ['ɜː', ['E']],
    ['æ', ['C']], ['ɛ', ['C']], ['ʌ', ['C']],
    ['ɑː', ['D']], ['a', ['D']],
    ['ˈiː', ['B']], ['s', ['B']], ['θ', ['B']], ['ə', ['B']],
    ['eɪ', ['C', 'B']], ['aɪ', ['D', 'B']], ['aʊ', ['D', 'E']], ['oʊ', ['E', 'F']],
    ['_', []], ['ː', []],
  ] as const)('%s → %j', (phoneme, shapes) => {
    expect(phonemeShapes(phoneme)).toEqual(shapes);
  });

  it('gives an unknown symbol the neutral B rather than dropping it', () => {
    expect(phonemeShapes('ʘ')).toEqual(['B']);
  });
});
