import type { NeuralVoice, NeuralVoiceSource, Voice } from '../media/tts/index.js';
import { isVoiceModel, type CatalogueModel, type CatalogueVoice } from './model-catalogue.js';
import type { ModelManager } from './model-manager.js';

function publicVoice(model: CatalogueModel, voice: CatalogueVoice, installed: boolean): Voice {
  return {
    voice_id: voice.voice_id,
    name: voice.name,
    language: voice.language,
    // Voice needs one; where the publisher does not say, female (the product's default narrator).
    gender: voice.gender ?? 'female',
    engine: model.engine,
    quality: 'neural',
    installed,
  };
}

/** Every catalogue voice with whether its model is installed (for listings that offer uninstalled voices). */
export async function catalogueVoices(manager: ModelManager): Promise<Voice[]> {
  const installed = await manager.installedIds();
  return manager.catalogue().flatMap((model) => model.voices.map((voice) => publicVoice(model, voice, installed.has(model.id))));
}

/** The catalogue model that speaks a voice id, if any. */
export function modelForVoice(manager: ModelManager, voiceId: string): CatalogueModel | undefined {
  return manager.catalogue().find((model) => model.voices.some((voice) => voice.voice_id === voiceId));
}

/** The installed models' voices, as the neural engine runs them. */
export function modelVoiceSource(manager: ModelManager): NeuralVoiceSource {
  return {
    catalogueVoices: () => catalogueVoices(manager),
    installHint(voiceId) {
      const model = modelForVoice(manager, voiceId);
      return model === undefined ? null : `Voice "${voiceId}" is not installed: run "video-agent models pull ${model.id}" on the server (${model.title}, about ${Math.round(model.approxBytes / 1e6)} MB), or pull it from the studio's Voices & models page.`;
    },
    async installedVoices(): Promise<NeuralVoice[]> {
      const installed = await manager.installedIds();
      return manager
        .catalogue()
        .filter((model) => installed.has(model.id))
        .filter(isVoiceModel)
        .flatMap((model) =>
          model.voices.map((voice) => ({
            voice: publicVoice(model, voice, true),
            engine: model.engine,
            modelId: model.id,
            modelDir: manager.modelDir(model.id),
            style: voice.style,
            speaker: voice.speaker,
            espeakVoice: voice.espeakVoice,
          })),
        );
    },
  };
}
