// The API's request and response schemas that the SDK's types come from: shared by the HTTP edge (src/api), which
// validates with them, and the client (src/client), which only takes their types. Nothing here knows Fastify.
export { Nullable } from './nullable.js';
export { ListQuery } from './list-query.js';
export {
  CreateSessionBody,
  CreatedSessionView,
  FileObject,
  Files,
  MessageAccepted,
  MessageView,
  ResourceView,
  SendMessageBody,
  SessionListItem,
  SessionStatusSchema,
  SessionView,
} from './session-schemas.js';
export { AssetSchema } from './asset-schemas.js';
export { AvatarGroupSchema, AvatarLookSchema } from './avatar-schemas.js';
export { BrandKitView, CreateBrandKitBody } from './brand-kit-schemas.js';
export { StyleSchema } from './style-schemas.js';
export { VideoSchema } from './video-schemas.js';
export { VoiceSchema } from './voice-schemas.js';
export { CreateEndpointBody, DeliveryView, EndpointView, EndpointWithSecret, UpdateEndpointBody } from './webhook-schemas.js';
