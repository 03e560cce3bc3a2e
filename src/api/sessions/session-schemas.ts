import Type, { type Static } from 'typebox';
import { sessionStatuses } from '../../store/index.js';
import { Nullable } from '../http/index.js';

const Id = Type.String({ minLength: 1, maxLength: 200 });
const OptionalId = Type.Optional(Nullable(Id));

/** One schema for the three file shapes; the type-specific fields are checked in code so errors name them. */
export const FileObject = Type.Object(
  {
    type: Type.Union([Type.Literal('url'), Type.Literal('asset_id'), Type.Literal('base64')]),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })),
    asset_id: Type.Optional(Id),
    media_type: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    data: Type.Optional(Type.String({ minLength: 1 })),
  },
  { description: '{"type":"url","url"} | {"type":"asset_id","asset_id"} | {"type":"base64","media_type","data"}' },
);
export type FileObject = Static<typeof FileObject>;

export const Files = Type.Optional(Type.Array(FileObject, { maxItems: 20 }));

export const CreateSessionBody = Type.Object({
  prompt: Type.String({ minLength: 1, maxLength: 10_000 }),
  mode: Type.Optional(Nullable(Type.Union([Type.Literal('generate'), Type.Literal('chat')]))),
  avatar_id: Type.Optional(
    Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'An avatar look id (GET /v3/avatars/looks). Omitted or null: a built-in presenter of the voice’s gender; “no presenter” in the prompt leaves it out.' })),
  ),
  voice_id: OptionalId,
  style_id: OptionalId,
  brand_kit_id: OptionalId,
  orientation: Type.Optional(Nullable(Type.Union([Type.Literal('landscape'), Type.Literal('portrait')]))),
  duration_sec: Type.Optional(Nullable(Type.Number({ minimum: 5, maximum: 1800 }))),
  files: Files,
  auto_proceed: Type.Optional(Type.Boolean()),
  skip_agentic_stop: Type.Optional(Type.Boolean()),
  incognito_mode: Type.Optional(Type.Boolean()),
  callback_url: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 2048 }))),
  callback_id: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
});
export type CreateSessionBody = Static<typeof CreateSessionBody>;

export const SendMessageBody = Type.Object({
  message: Type.String({ minLength: 1, maxLength: 10_000 }),
  avatar_id: OptionalId,
  voice_id: OptionalId,
  brand_kit_id: OptionalId,
  files: Files,
  auto_proceed: Type.Optional(Type.Boolean()),
});
export type SendMessageBody = Static<typeof SendMessageBody>;

export const SessionParams = Type.Object({ session_id: Type.String({ minLength: 1, maxLength: 100 }) });
export const ResourceParams = Type.Object({
  session_id: Type.String({ minLength: 1, maxLength: 100 }),
  resource_id: Type.String({ minLength: 1, maxLength: 200 }),
});

export const SessionStatusSchema = Type.Enum(sessionStatuses);

export const MessageView = Type.Object({
  role: Type.Union([Type.Literal('user'), Type.Literal('model')]),
  content: Type.String(),
  type: Type.Union([Type.Literal('text'), Type.Literal('resource'), Type.Literal('error')]),
  created_at: Nullable(Type.Integer()),
  resource_ids: Nullable(Type.Array(Type.String())),
});

export const CreatedSessionView = Type.Object({
  session_id: Type.String(),
  status: SessionStatusSchema,
  created_at: Type.Integer(),
  video_id: Nullable(Type.String()),
});

export const SessionView = Type.Object({
  session_id: Type.String(),
  status: SessionStatusSchema,
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
  title: Nullable(Type.String()),
  video_id: Nullable(Type.String()),
  created_at: Type.Integer(),
  mode: Type.Union([Type.Literal('generate'), Type.Literal('chat')]),
  /** (ours) Language-model tokens used by the agent so far; zero with the built-in planner. */
  usage: Type.Object({ input_tokens: Type.Integer(), output_tokens: Type.Integer() }),
  messages: Type.Array(MessageView),
});

export const SessionListItem = Type.Object({
  session_id: Type.String(),
  title: Nullable(Type.String()),
  status: SessionStatusSchema,
  created_at: Type.Integer(),
});

export const MessageAccepted = Type.Object({
  session_id: Type.String(),
  run_id: Type.String(),
  title: Nullable(Type.String()),
});

export const ResourceView = Type.Object({
  resource_id: Type.String(),
  resource_type: Type.String(),
  source_type: Type.Union([Type.Literal('generated'), Type.Literal('user_uploaded')]),
  url: Nullable(Type.String()),
  thumbnail_url: Nullable(Type.String()),
  preview_url: Nullable(Type.String()),
  created_at: Type.Integer(),
  metadata: Type.Record(Type.String(), Type.Unknown()),
});

export const StoppedSessionView = Type.Object({ session_id: Type.String() });
export const StopSessionBody = Type.Optional(Type.Object({}));

/** The statuses of the earlier published form of the interactive API (/v3/video-agents/sessions…). */
export const legacySessionStatuses = ['processing', 'reviewing', 'generating', 'completed', 'failed'] as const;
export const LegacySessionStatusSchema = Type.Enum(legacySessionStatuses);

export const LegacyCreatedSessionView = Type.Object({ ...CreatedSessionView.properties, status: LegacySessionStatusSchema });
export const LegacySessionView = Type.Object({ ...SessionView.properties, status: LegacySessionStatusSchema });
