/**
 * The API's request and response shapes, derived from the TypeBox schemas the server validates with
 * (src/api/schemas: schema files only, no routes).
 * Type-only imports: nothing of the server is bundled into the client.
 */
import type { Static } from 'typebox';
import type {
  AssetSchema,
  AvatarGroupSchema,
  AvatarLookSchema,
  BrandKitView,
  CreateBrandKitBody,
  CreatedSessionView,
  CreateEndpointBody,
  CreateSessionBody,
  DeliveryView,
  EndpointView,
  EndpointWithSecret,
  FileObject,
  ListQuery,
  MessageAccepted,
  MessageView,
  ResourceView,
  SendMessageBody,
  SessionListItem,
  SessionView,
  StyleSchema,
  UpdateEndpointBody,
  VisualHitSchema,
  VisualSearchQuery as VisualSearchQuerySchema,
  VisualSearchResult as VisualSearchResultSchema,
  VideoSchema,
  VoiceSchema,
} from '../api/schemas/index.js';
import type { SessionEvent as ServerSessionEvent } from '../events/index.js';
import type { Storyboard as StoryboardShape } from '../storyboard/index.js';

export type CreateSessionRequest = Static<typeof CreateSessionBody>;
export type CreatedSession = Static<typeof CreatedSessionView>;
export type SendMessageRequest = Static<typeof SendMessageBody>;
export type MessageAcceptedResponse = Static<typeof MessageAccepted>;
export type Session = Static<typeof SessionView>;
export type SessionSummary = Static<typeof SessionListItem>;
export type SessionStatus = Session['status'];
export type SessionMessage = Static<typeof MessageView>;
export type Resource = Static<typeof ResourceView>;
export type FileInput = FileObject;
export type Video = Static<typeof VideoSchema>;
export type Asset = Static<typeof AssetSchema>;
export type Voice = Static<typeof VoiceSchema>;
export type Style = Static<typeof StyleSchema>;
/** GET /v3/visuals/search: pictures to swap a scene's picture with (docs/api.md, "Pictures for scenes"). */
export type VisualSearchQuery = Static<typeof VisualSearchQuerySchema>;
export type VisualSearchResult = Static<typeof VisualSearchResultSchema>;
export type VisualHit = Static<typeof VisualHitSchema>;
/** What GET /v3/video-agents/{id}/events sends: `status`, `progress` and `message` events. */
export type SessionEvent = ServerSessionEvent;

/** The storyboard: what the agent wrote and the renderer reads (src/storyboard's schema). */
export type Storyboard = StoryboardShape;
export type Scene = Storyboard['scenes'][number];

/** A storyboard version with the `draft` resource it came from. */
export interface StoryboardVersion {
  resource: Resource;
  storyboard: Storyboard;
}

/** Query of every list: `limit` 1–100 and the `token` from the previous page. */
export type PageQuery = Partial<Pick<Static<typeof ListQuery>, 'limit' | 'token'>>;

/** A list page: `{data, has_more, next_token}`. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_token: string | null;
}

export interface VoiceQuery extends PageQuery {
  /** e.g. "en" (any English) or "en-gb". */
  language?: string;
  gender?: 'female' | 'male';
}

export interface StyleQuery extends PageQuery {
  tag?: string;
}

export interface AvatarQuery extends PageQuery {
  group_id?: string;
  avatar_type?: string;
}

/** POST /v3/assets/direct-uploads (the route's inline schema). */
export interface DirectUploadRequest {
  filename: string;
  content_type: string;
  size_bytes: number;
  checksum_sha256?: string;
}

export interface DirectUpload {
  asset_id: string;
  upload_url: string;
  upload_headers: Record<string, string>;
  expires_in_seconds: number;
  max_bytes: number;
  status: 'pending_upload';
}

/** GET /v3/avatars: presenter groups. */
export type AvatarGroup = Static<typeof AvatarGroupSchema>;
/** GET /v3/avatars/looks; `id` is the avatar_id a session takes. */
export type AvatarLook = Static<typeof AvatarLookSchema>;

/** POST /v3/brand-kits (ours). */
export type CreateBrandKitRequest = Static<typeof CreateBrandKitBody>;
export type BrandKit = Static<typeof BrandKitView>;
export type WebhookEndpoint = Static<typeof EndpointView>;
/** The endpoint with its signing secret: only on create and rotate. */
export type WebhookEndpointWithSecret = Static<typeof EndpointWithSecret>;
export type CreateWebhookEndpointRequest = Static<typeof CreateEndpointBody>;
export type UpdateWebhookEndpointRequest = Static<typeof UpdateEndpointBody>;
/** A webhook delivery with every attempt (GET /v3/webhooks/events). */
export type WebhookDelivery = Static<typeof DeliveryView>;
