// The API's request and response schemas that the SDK's types come from, one import surface over the
// per-resource schema files (schemas only: no routes, no Fastify). src/client imports it type-only.
export { AssetSchema } from '../assets/asset-schemas.js';
export { AvatarGroupSchema, AvatarLookSchema } from '../avatars/avatar-schemas.js';
export { BrandKitView, CreateBrandKitBody } from '../brand-kits/brand-kit-schemas.js';
export { ListQuery } from '../http/envelope.js';
export {
  CreateSessionBody,
  CreatedSessionView,
  FileObject,
  MessageAccepted,
  MessageView,
  ResourceView,
  SendMessageBody,
  SessionListItem,
  SessionView,
} from '../sessions/session-schemas.js';
export { StyleSchema } from '../styles/style-schemas.js';
export { VideoSchema } from '../videos/video-schemas.js';
export { SpeechBody, SpeechView, VoiceDetailSchema, VoiceSchema } from '../voices/voice-schemas.js';
export { CreateEndpointBody, DeliveryView, EndpointView, EndpointWithSecret, EventTypeView, UpdateEndpointBody } from '../webhooks/webhook-schemas.js';
export { CurrentUserView } from '../users/user-schemas.js';
export { VisualHitSchema, VisualSearchQuery, VisualSearchResult } from '../visuals/visual-schemas.js';
