import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import { createVoicePreview, type Voice } from '../../media/tts/index.js';
import type { AppDeps } from '../app-deps.js';
import { createBlobCache } from '../cache/index.js';
import { ListQuery, PageEnvelope, errorResponses, offsetPage } from '../http/index.js';
import { VoiceSchema } from '../../contract/index.js';

export { VoiceSchema } from '../../contract/index.js';

/** Blob key of a voice's cached preview (voice ids may hold characters a key should not). */
export function voicePreviewKey(voiceId: string): string {
  return `voices/${voiceId.replace(/[^A-Za-z0-9._+-]/g, '_')}.wav`;
}

function matchesLanguage(voice: Voice, language: string | undefined): boolean {
  if (language === undefined) return true;
  const wanted = language.toLowerCase().replace('_', '-');
  const have = voice.language.toLowerCase();
  return have === wanted || have.startsWith(`${wanted}-`);
}

/** /v3/voices: the TTS engine's voices, and a WAV preview of each (rendered once, then cached in blobs). */
export const voiceRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const cached = createBlobCache(deps.blobs);

  app.get('/voices', {
    schema: {
      summary: 'List voices',
      tags: ['voices'],
      querystring: Type.Object({
        ...ListQuery.properties,
        language: Type.Optional(Type.String({ minLength: 1, maxLength: 35, description: 'e.g. "en" (any English) or "en-gb"' })),
        gender: Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male')])),
      }),
      response: { 200: PageEnvelope(VoiceSchema), ...errorResponses },
    },
    handler: async (request) => {
      const { language, gender } = request.query;
      const voices = (await deps.tts.voices()).filter((voice) => matchesLanguage(voice, language) && (gender === undefined || voice.gender === gender));
      const result = offsetPage(voices, request.query);
      return {
        ...result,
        data: result.data.map((voice) => ({
          voice_id: voice.voice_id,
          name: voice.name,
          language: voice.language,
          gender: voice.gender,
          preview_audio_url: `${deps.config.publicUrl}/v3/voices/${encodeURIComponent(voice.voice_id)}/preview`,
          support_pause: true,
          support_locale: false,
          type: voice.engine,
        })),
      };
    },
  });

  app.get('/voices/:voice_id/preview', {
    // Played by <audio src>, which cannot send an API key; the preview is the same for everyone.
    config: { public: true },
    schema: {
      summary: 'A short WAV sample of a voice (no API key needed)',
      tags: ['voices'],
      params: Type.Object({ voice_id: Type.String({ minLength: 1, maxLength: 128 }) }),
      response: { 200: Type.Unsafe<Buffer>({ description: 'audio/wav', type: 'string', format: 'binary' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const voiceId = request.params.voice_id;
      const voice = (await deps.tts.voices()).find((candidate) => candidate.voice_id === voiceId);
      if (!voice) throw new AppError('not_found', 'No such voice.', { param: 'voice_id' });
      const wav = await cached(voicePreviewKey(voice.voice_id), () => createVoicePreview(deps.tts, voice.voice_id));
      return reply.type('audio/wav').header('cache-control', 'public, max-age=86400').send(wav);
    },
  });
};
