import type { CatalogueModel, CatalogueVoice, ModelFile } from './model-catalogue.js';

/**
 * Kokoro-82M v1.0 (hexgrad, Apache-2.0) as onnx-community exported it, pinned to revision 1939ad2a of
 * onnx-community/Kokoro-82M-v1.0-ONNX. SHA-256s: model_quantized.onnx and model_fp16.onnx as listed, for that
 * revision, by the skillsafe-ai/kokoro-82m mirror's card; the voice files and tokenizer.json have no published
 * SHA-256 we could find, so they are checked by size and their hash is recorded at the first pull.
 */
const REPO = 'onnx-community/Kokoro-82M-v1.0-ONNX';
const REVISION = '1939ad2a8e416c0acfeecc08a694d14ef25f2231';
const source = (path: string) => `${REPO}/resolve/${REVISION}/${path}`;

/** Voice id prefix → language tag and the eSpeak voice that phonemizes it (as kokoro.js and misaki do). */
const languages: Record<string, { language: string; espeak: string }> = {
  a: { language: 'en-us', espeak: 'espeak-en-us-male' },
  b: { language: 'en-gb', espeak: 'espeak-en-gb-male' },
  e: { language: 'es', espeak: 'espeak-es-male' },
  f: { language: 'fr', espeak: 'espeak-fr-male' },
  h: { language: 'hi', espeak: 'espeak-hi-male' },
  i: { language: 'it', espeak: 'espeak-it-male' },
  j: { language: 'ja', espeak: 'espeak-ja-male' },
  p: { language: 'pt-br', espeak: 'espeak-pt-br-male' },
  z: { language: 'cmn', espeak: 'espeak-cmn-male' },
};

/** Kokoro v1.0's 54 voices (hexgrad/Kokoro-82M VOICES.md); the second letter is the gender. Best-graded first per language. */
const voiceNames = [
  'af_heart', 'af_bella', 'af_nicole', 'af_aoede', 'af_kore', 'af_sarah', 'af_nova', 'af_sky', 'af_alloy', 'af_jessica', 'af_river',
  'am_michael', 'am_fenrir', 'am_puck', 'am_echo', 'am_eric', 'am_liam', 'am_onyx', 'am_santa', 'am_adam',
  'bf_emma', 'bf_isabella', 'bf_alice', 'bf_lily', 'bm_george', 'bm_fable', 'bm_lewis', 'bm_daniel',
  'ef_dora', 'em_alex', 'em_santa', 'ff_siwis',
  'hf_alpha', 'hf_beta', 'hm_omega', 'hm_psi', 'if_sara', 'im_nicola',
  'jf_alpha', 'jf_gongitsune', 'jf_nezumi', 'jf_tebukuro', 'jm_kumo',
  'pf_dora', 'pm_alex', 'pm_santa',
  'zf_xiaobei', 'zf_xiaoni', 'zf_xiaoxiao', 'zf_xiaoyi', 'zm_yunjian', 'zm_yunxi', 'zm_yunxia', 'zm_yunyang',
] as const;

function kokoroVoice(name: string): CatalogueVoice {
  const { language, espeak } = languages[name[0]!]!;
  const label = name.slice(3).replace(/^./, (letter) => letter.toUpperCase());
  return {
    voice_id: `kokoro-${name}`,
    name: `${label} (Kokoro, ${language})`,
    language,
    gender: name[1] === 'f' ? 'female' : 'male',
    style: `voices/${name}.bin`,
    espeakVoice: espeak,
  };
}

const voiceFiles: ModelFile[] = voiceNames.map((name) => ({ path: `voices/${name}.bin`, source: source(`voices/${name}.bin`), bytes: null, sha256: null }));
const tokenizer: ModelFile = { path: 'tokenizer.json', source: source('tokenizer.json'), bytes: null, sha256: null };
const voices = voiceNames.map(kokoroVoice);

/** One export of the model (its .onnx pinned by SHA-256) with the shared tokenizer and voices. */
function kokoroModel(id: string, title: string, onnx: string, sha256: string, onnxBytes: number, curated: boolean, voiceSuffix: string): CatalogueModel {
  return {
    id,
    kind: 'tts',
    engine: 'kokoro',
    title,
    languages: [...new Set(voices.map((voice) => voice.language))],
    licence: 'Apache-2.0',
    approxBytes: onnxBytes + voiceFiles.length * 522_240,
    curated,
    files: [{ path: 'model.onnx', source: source(onnx), bytes: null, sha256 }, tokenizer, ...voiceFiles],
    voices: voices.map((voice) => ({ ...voice, voice_id: `${voice.voice_id}${voiceSuffix}`, name: voiceSuffix ? voice.name.replace('Kokoro', `Kokoro${voiceSuffix.replace('-', ' ')}`) : voice.name })),
    provenance: `${REPO}@${REVISION}; model SHA-256 from the skillsafe-ai/kokoro-82m card, voices and tokenizer unpinned`,
  };
}

export const kokoroCatalogue: CatalogueModel[] = [
  kokoroModel('kokoro-82m', 'Kokoro-82M v1.0, 8-bit (54 voices, 9 languages)', 'onnx/model_quantized.onnx', 'fbae9257e1e05ffc727e951ef9b9c98418e6d79f1c9b6b13bd59f5c9028a1478', 88_080_000, true, ''),
  kokoroModel('kokoro-82m-fp16', 'Kokoro-82M v1.0, 16-bit float (fuller quality, larger)', 'onnx/model_fp16.onnx', 'ba4527a874b42b21e35f468c10d326fdff3c7fc8cac1f85e9eb6c0dfc35c334a', 155_670_000, false, '-fp16'),
];
