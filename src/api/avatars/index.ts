export { avatarRoutes } from './avatar-routes.js';
export { avatarPreviewKey } from './avatar-context.js';
export { AvatarGroupSchema, AvatarLookSchema, CreatePhotoAvatarBody } from './avatar-schemas.js';
