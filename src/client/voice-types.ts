/**
 * Shapes of the voice, speech and account endpoints, derived from the server's schemas (type-only imports:
 * nothing of the server is bundled into the client).
 */
import type { Static } from 'typebox';
import type { CurrentUserView, EventTypeView, SpeechBody, SpeechView, VoiceDetailSchema } from '../api/schemas/index.js';

/** POST /v3/voices/speech: `text` (1–5,000 characters), `voice_id`, `speed` 0.5–1.5, `format` mp3 (default) or wav. */
export type SpeechRequest = Static<typeof SpeechBody>;
/** A signed `audio_url`, its `duration` in seconds and `word_timestamps`. */
export type Speech = Static<typeof SpeechView>;
/** GET /v3/voices/{voice_id}. */
export type VoiceDetail = Static<typeof VoiceDetailSchema>;
/** GET /v3/users/me: the key's name; personal fields are null on a self-hosted server. */
export type CurrentUser = Static<typeof CurrentUserView>;
/** An item of GET /v3/webhooks/event-types. */
export type WebhookEventTypeInfo = Static<typeof EventTypeView>;
