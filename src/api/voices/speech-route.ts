import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalid } from '../../errors/index.js';
import { resolveFfmpegPath, type TtsEngine } from '../../media/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ok } from '../http/index.js';
import { createSpeechSynthesizer, ssmlToText } from './speech-synthesizer.js';
import { MAX_SPEECH_CHARS, SpeechBody, SpeechView } from './voice-schemas.js';

/** Speech longer than this is cut off: a 5,000-character text takes eSpeak a few seconds, a cloud engine longer. */
const SPEECH_TIMEOUT_MS = 120_000;

async function knownVoice(tts: TtsEngine, voiceId: string): Promise<void> {
  if (!(await tts.voices()).some((voice) => voice.voice_id === voiceId)) {
    // A field of the body, not a missing route or resource: 400, as for any other bad value.
    throw invalid('voice_id', `No voice "${voiceId}" (GET /v3/voices lists them).`);
  }
}

/** POST /v3/voices/speech: text in, a signed link to the audio with its duration and word timings out. */
export const speechRoute: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const synthesize = createSpeechSynthesizer({ tts: deps.tts, blobs: deps.blobs, ffmpegPath: resolveFfmpegPath(deps.config.ffmpegPath) });

  app.post('/voices/speech', {
    schema: {
      summary: `Speak a text (up to ${MAX_SPEECH_CHARS} characters) in a voice: audio link, duration, word timestamps`,
      tags: ['voices'],
      body: SpeechBody,
      response: { 200: DataEnvelope(SpeechView), ...errorResponses },
    },
    handler: async (request) => {
      const body = request.body;
      const text = body.input_type === 'ssml' ? ssmlToText(body.text) : body.text.trim();
      if (text === '') throw invalid('text', 'text must have something to say (it is blank).');
      await knownVoice(deps.tts, body.voice_id);
      const format = body.format ?? 'mp3';
      const speech = await synthesize({ text, voiceId: body.voice_id, speed: body.speed ?? 1, format }, AbortSignal.timeout(SPEECH_TIMEOUT_MS));
      return ok({
        audio_url: request.server.mediaLinks.sign(speech.key),
        duration: speech.duration,
        request_id: String(request.id),
        word_timestamps: speech.word_timestamps,
        format,
        voice_id: body.voice_id,
      });
    },
  });
};
