import type { VoiceGender } from '../media/tts/index.js';

export type ModelKind = 'tts' | 'llm';
/** Which runtime loads a model's files. */
export type ModelEngine = 'kokoro' | 'piper' | 'llama-cpp';
/** The engines that speak (their models carry voices). */
export type VoiceEngine = Exclude<ModelEngine, 'llama-cpp'>;

/** One file of a model, pinned: a hub path at a fixed revision and the checksum it must have. */
export interface ModelFile {
  /** Where it goes inside the model's folder, e.g. "model.onnx" or "voices/af_heart.bin". */
  path: string;
  /** Hub path "<repo>/resolve/<revision>/<file>", fetched from HF_ENDPOINT (default https://huggingface.co). */
  source: string;
  /** Exact size in bytes when the publisher lists it. */
  bytes: number | null;
  /** Lower-case hex. A file with neither checksum is checked by size alone and its SHA-256 recorded at pull (docs/voices.md). */
  sha256: string | null;
  md5?: string | null;
}

/** A voice a model speaks. */
export interface CatalogueVoice {
  /** Our voice id, e.g. "kokoro-af_heart" or "piper-de_DE-thorsten-medium". */
  voice_id: string;
  name: string;
  /** Language tag as the rest of the product uses them ("en-us", "de", "pt-br"). */
  language: string;
  /** Null where the publisher does not say. */
  gender: VoiceGender | null;
  /** Kokoro: the style file (a path in `files`). Piper: the speaker id of a multi-speaker voice. */
  style?: string;
  speaker?: number;
  /** The eSpeak-NG voice that phonemizes for it (eSpeak names, e.g. "en-us", "gmw/en", "de"). */
  espeakVoice: string;
}

export interface CatalogueModel {
  id: string;
  kind: ModelKind;
  engine: ModelEngine;
  title: string;
  languages: string[];
  /** SPDX id or the publisher's words; "see MODEL_CARD" where only the model card says. */
  licence: string;
  /** Roughly what a pull downloads, for listings (the files' exact sizes where known). */
  approxBytes: number;
  /** In the short list `models list` shows by default; the rest need --all. */
  curated: boolean;
  files: ModelFile[];
  voices: CatalogueVoice[];
  /** Where the checksums come from, said plainly (docs/voices.md). */
  provenance: string;
}

export type ModelCatalogue = readonly CatalogueModel[];

/** A model that speaks: Kokoro or Piper (a language model has no voices). */
export function isVoiceModel(model: CatalogueModel): model is CatalogueModel & { engine: VoiceEngine } {
  return model.engine !== 'llama-cpp';
}
