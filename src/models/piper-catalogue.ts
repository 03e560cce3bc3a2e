import type { VoiceGender } from '../media/tts/index.js';
import type { CatalogueModel } from './model-catalogue.js';
import { piperVoiceRows, type PiperVoiceRow } from './piper-voice-rows.js';

/** Piper voices are fetched from this tag of rhasspy/piper-voices (the one Piper's own downloader uses). */
const REPO = 'rhasspy/piper-voices';
const REVISION = 'v1.0.0';

/**
 * The short list: one voice per language we promise, with the gender its name or dataset makes plain (null where
 * neither does). Piper has no Hindi or Japanese voice; its Arabic voice is newer than the voices.json we pin.
 */
const curated: Record<string, VoiceGender | null> = {
  'en_US-lessac-medium': 'female',
  'en_GB-alba-medium': 'female',
  'de_DE-thorsten-medium': 'male',
  'nl_BE-nathalie-medium': 'female',
  'pl_PL-gosia-medium': 'female',
  'ru_RU-irina-medium': 'female',
  'uk_UA-lada-x_low': 'female',
  'tr_TR-fahrettin-medium': 'male',
  'sv_SE-nst-medium': null,
  'cs_CZ-jirka-medium': 'male',
  'el_GR-rapunzelina-low': 'female',
  'vi_VN-vais1000-medium': null,
  'es_ES-davefx-medium': 'male',
  'fr_FR-siwis-medium': 'female',
  'it_IT-riccardo-x_low': 'male',
  'pt_BR-faber-medium': 'male',
  'zh_CN-huayan-medium': 'female',
};

/** Piper's locale → our language tag, where eSpeak's differs from the plain language. */
const languageOverrides: Record<string, string> = {
  en_US: 'en-us',
  en_GB: 'en-gb',
  pt_BR: 'pt-br',
  pt_PT: 'pt',
  es_MX: 'es-419',
  zh_CN: 'cmn',
  no_NO: 'nb',
};

function piperModel([key, folder, speakers, onnxBytes, onnxMd5, configBytes, configMd5, cardBytes, cardMd5]: PiperVoiceRow): CatalogueModel {
  const locale = key.split('-')[0]!;
  const language = languageOverrides[locale] ?? locale.split('_')[0]!;
  const [, name = key, quality = ''] = key.split('-');
  const source = (suffix: string) => `${REPO}/resolve/${REVISION}/${folder}/${suffix}`;
  const gender = curated[key] ?? null;
  return {
    id: `piper-${key}`,
    kind: 'tts',
    engine: 'piper',
    title: `Piper ${name.replace(/_/g, ' ')} (${locale}, ${quality.replace('_', '-')}${speakers > 1 ? `, ${speakers} speakers` : ''})`,
    languages: [language],
    licence: 'see MODEL_CARD',
    approxBytes: onnxBytes + configBytes + cardBytes,
    curated: key in curated,
    files: [
      { path: 'model.onnx', source: source(`${key}.onnx`), bytes: onnxBytes, sha256: null, md5: onnxMd5 },
      { path: 'model.onnx.json', source: source(`${key}.onnx.json`), bytes: configBytes, sha256: null, md5: configMd5 },
      { path: 'MODEL_CARD', source: source('MODEL_CARD'), bytes: cardBytes, sha256: null, md5: cardMd5 },
    ],
    // A multi-speaker voice is offered as its first speaker; the rest are reachable by sid in a later change.
    voices: [{ voice_id: `piper-${key}`, name: `${name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())} (Piper, ${language})`, language, gender, espeakVoice: `espeak-${language}-male` }],
    provenance: `${REPO}@${REVISION}; sizes and MD5s from its voices.json`,
  };
}

export const piperCatalogue: CatalogueModel[] = piperVoiceRows.map(piperModel);
