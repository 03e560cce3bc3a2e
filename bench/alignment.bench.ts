/**
 * How well word timings carry over from an eSpeak-NG rendering onto another voice's audio (what captions and
 * lip-sync get for neural voices without predicted durations, and for cloud voices), measured against voices
 * whose word times are KNOWN:
 *
 * - English: Festival's HTS voice (Debian's `festival` + `festvox-us-slt-hts`), a statistical parametric voice with
 *   its own rhythm, pauses and timbre, and exact word starts from its utterance structure;
 * - English and German: eSpeak itself in another voice variant at another speed, with its own word events.
 *
 * For each, the error of every word start (our aligned start − the voice's own), by the aligner (MFCC + DTW) and by
 * the earlier sentence-stretching method, and the aligner's time per second of audio.
 *
 *   npm run bench:alignment
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignToClip, EspeakTtsEngine, type Synthesis } from '../src/media/index.js';
import { runProcess } from '../src/process/index.js';

const ENGLISH = [
  'The quick brown fox jumped over the lazy dog.',
  'Green tea has less caffeine than coffee, and its leaves are steamed right after picking.',
  'Every morning, twelve bakers start work before the sun comes up.',
  'A vaccine shows the immune system a harmless piece of a germ. The body makes antibodies against it.',
  'Grind the beans, heat the water, pour slowly in circles, and wait three minutes.',
  'The office is closed on Monday for maintenance. We reopen on Tuesday morning.',
  'Running too fast is the most common mistake new runners make.',
  'Our new app syncs your notes offline, and it starts faster than ever.',
  'Bees pollinate a third of our crops, so without them our plates would look very different.',
  'Captions follow the voice word by word, so each highlighted word lands when it is heard.',
  'Renting gives you freedom to move. Buying builds equity over the years.',
  'The museum opens its new wing this weekend, with paintings from seven centuries.',
  'Drink a glass of water when you wake up, before your first cup of coffee.',
  'Lisbon, Austin and Seoul are the three cities where our teams work together.',
  'Please remember to lock the door and switch off the lights when you leave.',
  'The river flooded the valley in spring, and the farmers had to wait until summer to plant.',
  'Small steps, taken every day, add up to big changes over a year.',
  'Thank you for watching. Subscribe for more videos like this one.',
];
const GERMAN = [
  'Das Büro ist am Montag wegen Wartungsarbeiten geschlossen. Ab Dienstag sind wir wieder da.',
  'Grüner Tee hat weniger Koffein als Kaffee, und seine Blätter werden gleich nach der Ernte gedämpft.',
  'Eine Impfung zeigt dem Immunsystem einen harmlosen Teil eines Erregers.',
  'Unsere Bäckerei hat in der Marktstraße eröffnet. Heute arbeiten hier jeden Morgen zwölf Bäcker.',
  'Bohnen mahlen, Wasser erhitzen, langsam in Kreisen aufgießen und drei Minuten warten.',
  'Vielen Dank fürs Zuschauen, und bis zum nächsten Mal.',
];

interface Known {
  samples: Int16Array;
  sampleRate: number;
  starts: number[];
}

/** Festival's rendering of `text` and its word starts, or null when Festival is not installed. */
async function festival(text: string, dir: string): Promise<Known | null> {
  const wav = join(dir, 'festival.wav');
  const script = join(dir, 'say.scm');
  const quoted = text.replace(/["\\]/g, '');
  await writeFile(script, `(voice_cmu_us_slt_arctic_hts)
(set! utt (Utterance Text "${quoted}"))
(utt.synth utt)
(utt.save.wave utt "${wav}" 'riff)
(mapcar (lambda (w) (format t "%s %f\\n" (item.name w) (item.feat w "word_start"))) (utt.relation.items utt 'Word))
`);
  let stdout: string;
  try {
    stdout = (await runProcess('festival', ['-b', script], { signal: AbortSignal.timeout(60_000) })).stdout.toString();
  } catch {
    return null;
  }
  const starts = stdout.trim().split('\n').map((line) => Number(line.split(' ')[1]));
  const bytes = await readFile(wav);
  const sampleRate = bytes.readUInt32LE(24);
  const dataAt = bytes.indexOf('data') + 8;
  const samples = new Int16Array(bytes.buffer.slice(bytes.byteOffset + dataAt, bytes.byteOffset + bytes.length - ((bytes.length - dataAt) % 2)));
  return { samples, sampleRate, starts };
}

const fromEspeak = (s: Synthesis): Known => ({ samples: s.samples, sampleRate: s.sampleRate, starts: s.words.map((w) => w.start) });

interface Tally {
  dtw: number[];
  stretch: number[];
  seconds: number;
  alignMs: number;
  skipped: number;
}

function measureOne(text: string, reference: Synthesis, known: Known, tally: Tally): void {
  if (known.starts.length !== reference.words.length) {
    tally.skipped++;
    return;
  }
  const clip = { samples: known.samples, sampleRate: known.sampleRate };
  const started = performance.now();
  const dtw = alignToClip(text, reference, clip).words;
  tally.alignMs += performance.now() - started;
  tally.seconds += known.samples.length / known.sampleRate;
  const stretch = alignToClip(text, { words: reference.words, phonemes: reference.phonemes }, clip).words;
  known.starts.forEach((start, i) => {
    if (process.env.ALIGN_DEBUG && Math.abs(dtw[i]!.start - start) > 0.12) console.error(`${Math.round((dtw[i]!.start - start) * 1000)} ms  “${dtw[i]!.text}” in “${text}”`);
    tally.dtw.push(Math.abs(dtw[i]!.start - start) * 1000);
    tally.stretch.push(Math.abs(stretch[i]!.start - start) * 1000);
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

function report(name: string, t: Tally): object {
  const row = {
    reference: name,
    words: t.dtw.length,
    dtw_median_ms: Math.round(quantile(t.dtw, 0.5)),
    dtw_p95_ms: Math.round(quantile(t.dtw, 0.95)),
    dtw_max_ms: Math.round(Math.max(...t.dtw)),
    stretch_median_ms: Math.round(quantile(t.stretch, 0.5)),
    stretch_p95_ms: Math.round(quantile(t.stretch, 0.95)),
    align_ms_per_audio_s: Math.round((t.alignMs / Math.max(1e-9, t.seconds)) * 10) / 10,
    skipped_sentences: t.skipped,
  };
  console.log(
    `${name.padEnd(44)} ${String(row.words).padStart(4)} words  DTW median ${row.dtw_median_ms} ms, p95 ${row.dtw_p95_ms} ms, max ${row.dtw_max_ms} ms` +
      `  | sentence stretch median ${row.stretch_median_ms} ms, p95 ${row.stretch_p95_ms} ms  | ${row.align_ms_per_audio_s} ms per audio second`,
  );
  return row;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ova-align-'));
  const tts = new EspeakTtsEngine();
  const rows: object[] = [];
  try {
    const fest: Tally = { dtw: [], stretch: [], seconds: 0, alignMs: 0, skipped: 0 };
    let festivalMissing = false;
    for (const text of ENGLISH) {
      const known = await festival(text, dir);
      if (!known) {
        festivalMissing = true;
        break;
      }
      measureOne(text, await tts.synthesize(text, 'espeak-en-us-female'), known, fest);
    }
    if (festivalMissing) console.log('Festival skipped: install Debian\'s festival and festvox-us-slt-hts to measure against it.');
    else rows.push(report('English, Festival HTS (cmu_us_slt_arctic_hts)', fest));
    for (const [language, texts, voice, other] of [
      ['English', ENGLISH, 'espeak-en-us-female', 'espeak-en-gb-male'],
      ['German', GERMAN, 'espeak-de-female', 'espeak-de-male'],
    ] as const) {
      const tally: Tally = { dtw: [], stretch: [], seconds: 0, alignMs: 0, skipped: 0 };
      for (const text of texts) {
        const known = fromEspeak(await tts.synthesize(text, other, { pace: 0.8 }));
        measureOne(text, await tts.synthesize(text, voice), known, tally);
      }
      rows.push(report(`${language}, eSpeak ${other} at pace 0.8`, tally));
    }
    console.log(JSON.stringify(rows));
  } finally {
    await tts.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
