export { listAvatarGroups, type AvatarGroup } from './avatar-catalogue.js';
// The built-in looks are drawing data, kept in src/media/presenter so the renderer needs nothing from here.
export { listAvatarLooks, getAvatarLook } from '../media/presenter/index.js';
export { renderAvatarPreviewImage, renderAvatarPreviewVideo, previewLine, PREVIEW_SIZE, type AvatarPreviewVideoOptions } from './render-avatar-preview.js';
export type { AvatarLook, AvatarPalette } from '../media/presenter/index.js';
export { BlobPhotoAvatarStore, newPhotoAvatarId, isPhotoAvatarId, type PhotoAvatar } from './photo-avatar-store.js';
export { createPhotoPresenterLayer, drawPhotoAvatar, voiceActivity } from './photo-presenter-layer.js';
export { renderPhotoAvatarPreviewImage, renderPhotoAvatarPreviewVideo, loadPortrait } from './render-photo-avatar-preview.js';
export { loadPhotoPresenterLayer } from './load-photo-presenter-layer.js';
