import { PermanentError } from '../../src/errors/index.js';
import { EspeakTtsEngine, type Synthesis, type SynthesizeOptions, type TtsEngine, type Voice } from '../../src/media/tts/index.js';

const SAMPLE_RATE = 22050;
/** Seconds per letter and per word at pace 1: about eSpeak's 175 words a minute for English. */
const SECONDS_PER_LETTER = 0.05;
const SECONDS_PER_WORD = 0.08;
/** Pauses after a clause and after a sentence, as a voice takes them. */
const COMMA_PAUSE = 0.15;
const STOP_PAUSE = 0.3;
const SILENCE_SECONDS = 0.1;

let catalogue: Promise<Voice[]> | null = null;

/** eSpeak's real voice list, read once per test file (the planner and the voice routes choose from it). */
function espeakVoices(): Promise<Voice[]> {
  catalogue ??= (async () => {
    const engine = new EspeakTtsEngine();
    try {
      return await engine.voices();
    } finally {
      await engine.close();
    }
  })();
  return catalogue;
}

/**
 * A TTS engine for tests where the voice is not what is checked: eSpeak's real catalogue of voices (unknown
 * ids are refused as eSpeak refuses them), but synthesis returns silence of a plausible length with word
 * timings at once, within about 15 % of eSpeak's lengths. Longer words take longer, digits longer still (they
 * are read as words); pace speeds everything up; CJK characters count double.
 */
export class FakeTtsEngine implements TtsEngine {
  readonly id = 'espeak-ng';
  async voices(): Promise<Voice[]> {
    return espeakVoices();
  }

  async synthesize(text: string, voiceId: string, options: SynthesizeOptions = {}): Promise<Synthesis> {
    options.signal?.throwIfAborted();
    if (!(await this.voices()).some((voice) => voice.voice_id === voiceId)) throw new PermanentError(`Unknown voice "${voiceId}"`);
    const pace = options.pace ?? 1;
    const words: Synthesis['words'] = [];
    let clock = 0;
    for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu)) {
      const word = match[0].replace(/[.'’-]+$/u, '');
      const letters = [...word].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 2 : /\d/u.test(char) ? 3 : 1), 0);
      const start = clock;
      clock += (SECONDS_PER_WORD + letters * SECONDS_PER_LETTER) / pace;
      words.push({ text: word, charStart: match.index, charEnd: match.index + word.length, start, end: clock });
      const after = text.slice(match.index + word.length, match.index + word.length + 2);
      if (/^[.!?。！？]/u.test(after)) clock += STOP_PAUSE / pace;
      else if (/^[,;:、，]/u.test(after)) clock += COMMA_PAUSE / pace;
    }
    // Like eSpeak's, the clip ends when the last word does.
    const duration = Math.max(SILENCE_SECONDS, words.at(-1)?.end ?? 0);
    const samples = new Int16Array(Math.round(duration * SAMPLE_RATE));
    const phonemes = words.map((word) => ({ phoneme: 'ə', start: word.start, end: word.end }));
    return { samples, sampleRate: SAMPLE_RATE, duration: samples.length / SAMPLE_RATE, words, phonemes };
  }

  async close(): Promise<void> {
    /* nothing held */
  }
}
