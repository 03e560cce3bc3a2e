export { avatarRoutes, avatarPreviewKey, AvatarGroupSchema, AvatarLookSchema } from './avatar-routes.js';
