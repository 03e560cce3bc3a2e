import { createHash } from 'node:crypto';
import type { CatalogueModel, ModelFile } from '../../src/models/index.js';
import { tinyKokoroModel, tinyKokoroStyles, tinyPiperModel } from './tiny-voice-models.js';

/** IPA symbols the generated tokenizers know (a subset of Kokoro's and Piper's; unknown symbols are skipped). */
const symbols = [...' .,!?;:', ...'abdefhijklmnopstuvwxzðŋɐɑɒɔəɚɛɜɡɪɹʃʊʌʒʔθæçøœɲʁʏ', 'aɪ', 'aʊ', 'eɪ', 'oʊ', 'ɔɪ', 'tʃ', 'dʒ', 'ː', 'ˈ', 'ˌ'];

function file(path: string, source: string, bytes: Uint8Array, pin: 'sha256' | 'md5' | 'none'): ModelFile {
  return {
    path,
    source,
    bytes: pin === 'none' ? null : bytes.length,
    sha256: pin === 'sha256' ? createHash('sha256').update(bytes).digest('hex') : null,
    md5: pin === 'md5' ? createHash('md5').update(bytes).digest('hex') : null,
  };
}

export interface GeneratedCatalogue {
  catalogue: CatalogueModel[];
  /** Hub path → bytes, for the fake hub. */
  files: Map<string, Uint8Array>;
}

/**
 * A catalogue of generated models in the real catalogue's shapes: a Kokoro-like model (with per-token durations,
 * as the timestamped export gives) with an American and a British voice, and a German Piper-like voice (no
 * durations: timed by alignment), pinned by SHA-256 and MD5 as the real entries are.
 */
export function generatedVoiceCatalogue(): GeneratedCatalogue {
  const files = new Map<string, Uint8Array>();
  const add = (source: string, bytes: Uint8Array) => (files.set(source, bytes), bytes);
  const kokoroSource = (path: string) => `test/kokoro-tiny/resolve/0123abc/${path}`;
  const piperSource = (path: string) => `test/piper-voices/resolve/v1.0.0/de/de_DE/tiny/medium/${path}`;
  const vocab = Object.fromEntries([['$', 0], ...symbols.map((symbol, index) => [symbol, index + 1])]);
  const kokoroFiles = [
    file('model.onnx', kokoroSource('onnx/model_quantized.onnx'), add(kokoroSource('onnx/model_quantized.onnx'), tinyKokoroModel({ durations: true })), 'sha256'),
    file('tokenizer.json', kokoroSource('tokenizer.json'), add(kokoroSource('tokenizer.json'), new TextEncoder().encode(JSON.stringify({ model: { type: 'WordLevel', vocab } }))), 'sha256'),
    file('voices/af_heart.bin', kokoroSource('voices/af_heart.bin'), add(kokoroSource('voices/af_heart.bin'), tinyKokoroStyles(1)), 'none'),
    file('voices/bf_emma.bin', kokoroSource('voices/bf_emma.bin'), add(kokoroSource('voices/bf_emma.bin'), tinyKokoroStyles(2)), 'sha256'),
  ];
  const piperConfig = {
    audio: { sample_rate: 22_050 },
    espeak: { voice: 'de' },
    inference: { noise_scale: 0.667, length_scale: 1, noise_w: 0.8 },
    phoneme_type: 'espeak',
    num_speakers: 1,
    speaker_id_map: {},
    phoneme_id_map: Object.fromEntries([['_', [0]], ['^', [1]], ['$', [2]], ...symbols.map((symbol, index) => [symbol, [index + 3]])]),
  };
  const piperFiles = [
    file('model.onnx', piperSource('de_DE-tiny-medium.onnx'), add(piperSource('de_DE-tiny-medium.onnx'), tinyPiperModel()), 'md5'),
    file('model.onnx.json', piperSource('de_DE-tiny-medium.onnx.json'), add(piperSource('de_DE-tiny-medium.onnx.json'), new TextEncoder().encode(JSON.stringify(piperConfig))), 'md5'),
    file('MODEL_CARD', piperSource('MODEL_CARD'), add(piperSource('MODEL_CARD'), new TextEncoder().encode('# Model card for tiny (medium)\n\n* License: CC0-1.0 (generated for tests)\n')), 'md5'),
  ];
  const catalogue: CatalogueModel[] = [
    {
      id: 'kokoro-tiny',
      kind: 'tts',
      engine: 'kokoro',
      title: 'Generated Kokoro-shaped model',
      languages: ['en-us', 'en-gb'],
      licence: 'Apache-2.0',
      approxBytes: [...files.values()].slice(0, 4).reduce((sum, bytes) => sum + bytes.length, 0),
      curated: true,
      files: kokoroFiles,
      voices: [
        { voice_id: 'kokoro-af_heart', name: 'Heart (Kokoro, en-us)', language: 'en-us', gender: 'female', style: 'voices/af_heart.bin', espeakVoice: 'espeak-en-us-male' },
        { voice_id: 'kokoro-bf_emma', name: 'Emma (Kokoro, en-gb)', language: 'en-gb', gender: 'female', style: 'voices/bf_emma.bin', espeakVoice: 'espeak-en-gb-male' },
      ],
      provenance: 'generated in test/support',
    },
    {
      id: 'piper-de_DE-tiny-medium',
      kind: 'tts',
      engine: 'piper',
      title: 'Generated Piper-shaped voice (de_DE)',
      languages: ['de'],
      licence: 'see MODEL_CARD',
      approxBytes: piperFiles.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
      curated: true,
      files: piperFiles,
      voices: [{ voice_id: 'piper-de_DE-tiny-medium', name: 'Tiny (Piper, de)', language: 'de', gender: 'male', espeakVoice: 'espeak-de-male' }],
      provenance: 'generated in test/support',
    },
  ];
  return { catalogue, files };
}
