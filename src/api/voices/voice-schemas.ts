import Type, { type Static } from 'typebox';
import { ListQuery, Nullable } from '../http/index.js';

/** How a voice sounds: eSpeak's formant voices, neural models run here, or a cloud provider's voices. */
export const VoiceQuality = Type.Union([Type.Literal('basic'), Type.Literal('neural'), Type.Literal('cloud')]);
export type VoiceQuality = Static<typeof VoiceQuality>;

/** An item of GET /v3/voices: the documented fields, then ours (`engine`, `quality`, `installed`). */
export const VoiceSchema = Type.Object({
  voice_id: Type.String(),
  name: Type.String(),
  language: Type.String(),
  gender: Type.String(),
  preview_audio_url: Type.String(),
  support_pause: Type.Boolean(),
  support_locale: Type.Boolean(),
  type: Type.Union([Type.Literal('public'), Type.Literal('private')], { description: '"private": a voice the user made (none here yet)' }),
  engine: Type.String({ description: '(ours) the TTS engine that speaks it, e.g. "espeak-ng"' }),
  quality: VoiceQuality,
  installed: Type.Boolean({ description: '(ours) false: its model must be pulled before it can speak' }),
});

/** GET /v3/voices/{voice_id}: the documented detail shape, with our fields beside it. */
export const VoiceDetailSchema = Type.Object({
  voice_id: Type.String(),
  name: Type.String(),
  gender: Type.String(),
  language: Type.String(),
  preview_audio_url: Type.String(),
  support_pause: Type.Boolean(),
  support_interactive_avatar: Type.Boolean(),
  status: Type.Union([Type.Literal('processing'), Type.Literal('complete'), Type.Literal('failed')]),
  created_at: Nullable(Type.Integer()),
  failure_message: Nullable(Type.String()),
  type: VoiceSchema.properties.type,
  engine: Type.String(),
  quality: VoiceQuality,
  installed: Type.Boolean(),
});

export const VoiceListQuery = Type.Object({
  ...ListQuery.properties,
  language: Type.Optional(Type.String({ minLength: 1, maxLength: 35, description: 'e.g. "en" (any English) or "en-gb"' })),
  gender: Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male')])),
  include_uninstalled: Type.Optional(Type.Boolean({ description: 'Also list neural voices whose model is not pulled yet (installed: false)' })),
});

export const VoiceParams = Type.Object({ voice_id: Type.String({ minLength: 1, maxLength: 128 }) });

/** The longest text POST /v3/voices/speech takes, in characters (docs/api.md). */
export const MAX_SPEECH_CHARS = 5000;
export const MIN_SPEECH_SPEED = 0.5;
export const MAX_SPEECH_SPEED = 1.5;

const LanguageTag = Type.String({ minLength: 2, maxLength: 35, pattern: '^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$' });

export const SpeechBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: MAX_SPEECH_CHARS, description: `1–${MAX_SPEECH_CHARS} characters` }),
  voice_id: Type.String({ minLength: 1, maxLength: 128 }),
  speed: Type.Optional(Nullable(Type.Number({ minimum: MIN_SPEECH_SPEED, maximum: MAX_SPEECH_SPEED, description: 'default 1' }))),
  input_type: Type.Optional(Nullable(Type.Union([Type.Literal('text'), Type.Literal('ssml')]))),
  language: Type.Optional(Nullable(LanguageTag)),
  locale: Type.Optional(Nullable(LanguageTag)),
  format: Type.Optional(Nullable(Type.Union([Type.Literal('mp3'), Type.Literal('wav')], { description: '(ours) default mp3' }))),
});
export type SpeechBody = Static<typeof SpeechBody>;

export const WordTimestamp = Type.Object({ word: Type.String(), start: Type.Number(), end: Type.Number() });

export const SpeechView = Type.Object({
  audio_url: Type.String(),
  duration: Type.Number({ description: 'seconds' }),
  request_id: Nullable(Type.String()),
  word_timestamps: Type.Array(WordTimestamp),
  /** (ours) */
  format: Type.Union([Type.Literal('mp3'), Type.Literal('wav')]),
  voice_id: Type.String(),
});
export type SpeechView = Static<typeof SpeechView>;
