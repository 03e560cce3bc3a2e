export { listAvatarLooks, getAvatarLook, listAvatarGroups, type AvatarGroup } from './avatar-catalogue.js';
export { renderAvatarPreviewImage, renderAvatarPreviewVideo, previewLine, PREVIEW_SIZE, type AvatarPreviewVideoOptions } from './render-avatar-preview.js';
export type { AvatarLook, AvatarPalette } from '../media/presenter/index.js';
