import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import { createVoicePreview, type TtsEngine, type Voice } from '../../media/tts/index.js';
import type { AppDeps } from '../app-deps.js';
import { createBlobCache } from '../cache/index.js';
import { DataEnvelope, PageEnvelope, errorResponses, offsetPage, ok } from '../http/index.js';
import { speechRoute } from './speech-route.js';
import { VoiceDetailSchema, VoiceListQuery, VoiceParams, VoiceSchema } from './voice-schemas.js';
import { matchesLanguage, orderVoices, voiceDetailView, voiceView } from './voice-view.js';

type VoicePlugin = FastifyPluginAsyncTypebox<{ deps: AppDeps }>;
const tags = ['voices'];

/** Blob key of a voice's cached preview (voice ids may hold characters a key should not). */
export function voicePreviewKey(voiceId: string): string {
  return `voices/${voiceId.replace(/[^A-Za-z0-9._+-]/g, '_')}.wav`;
}

/** The voice, or 404 naming the id. */
export async function findVoice(tts: TtsEngine, voiceId: string): Promise<Voice> {
  const voice = (await tts.voices()).find((candidate) => candidate.voice_id === voiceId);
  if (!voice) throw new AppError('not_found', `No voice "${voiceId}" (GET /v3/voices lists them).`, { param: 'voice_id' });
  return voice;
}

const listVoicesRoute: VoicePlugin = async (app, { deps }) => {
  app.get('/voices', {
    schema: { summary: 'List voices (the default language first)', tags, querystring: VoiceListQuery, response: { 200: PageEnvelope(VoiceSchema), ...errorResponses } },
    handler: async (request) => {
      const { language, gender, include_uninstalled: uninstalled } = request.query;
      // Catalogue voices whose model is not pulled yet are listed on request (installed: false).
      const all = uninstalled === true && deps.tts.catalogueVoices ? await deps.tts.catalogueVoices() : await deps.tts.voices();
      const voices = all.filter((voice) => matchesLanguage(voice, language) && (gender === undefined || voice.gender === gender));
      const result = offsetPage(orderVoices(voices), request.query);
      return { ...result, data: result.data.map((voice) => voiceView(voice, deps.config.publicUrl)) };
    },
  });
};

const getVoiceRoute: VoicePlugin = async (app, { deps }) => {
  app.get('/voices/:voice_id', {
    schema: { summary: 'Get a voice', tags, params: VoiceParams, response: { 200: DataEnvelope(VoiceDetailSchema), ...errorResponses } },
    handler: async (request) => ok(voiceDetailView(await findVoice(deps.tts, request.params.voice_id), deps.config.publicUrl)),
  });
};

const voicePreviewRoute: VoicePlugin = async (app, { deps }) => {
  const cached = createBlobCache(deps.blobs);
  app.get('/voices/:voice_id/preview', {
    // Played by <audio src>, which cannot send an API key; the preview is the same for everyone.
    config: { public: true },
    schema: {
      summary: 'A short WAV sample of a voice (no API key needed)',
      tags,
      params: VoiceParams,
      response: { 200: Type.Unsafe<Buffer>({ description: 'audio/wav', type: 'string', format: 'binary' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const voice = await findVoice(deps.tts, request.params.voice_id);
      const wav = await cached(voicePreviewKey(voice.voice_id), () => createVoicePreview(deps.tts, voice.voice_id));
      return reply.type('audio/wav').header('cache-control', 'public, max-age=86400').send(wav);
    },
  });
};

/** /v3/voices: the TTS engines' voices, one voice's detail, a WAV preview of each, and speech from text. */
export const voiceRoutes: VoicePlugin = async (app, options) => {
  await app.register(listVoicesRoute, options);
  await app.register(getVoiceRoute, options);
  await app.register(voicePreviewRoute, options);
  await app.register(speechRoute, options);
};
