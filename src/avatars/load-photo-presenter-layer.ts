import type { PresenterLayer } from '../media/render/index.js';
import type { BlobStore } from '../store/index.js';
import { BlobPhotoAvatarStore, isPhotoAvatarId } from './photo-avatar-store.js';
import { createPhotoPresenterLayer } from './photo-presenter-layer.js';
import { loadPortrait } from './render-photo-avatar-preview.js';

/**
 * The presenter layer of a photo look, ready to draw (the renderer's `presenterFor` is synchronous, so the
 * portrait is decoded before the render starts). Null when `avatarId` is not a photo look of `owner`, or its
 * picture can no longer be read.
 */
export async function loadPhotoPresenterLayer(blobs: BlobStore, avatarId: string, owner?: string): Promise<PresenterLayer | null> {
  if (!isPhotoAvatarId(avatarId)) return null;
  const look = await new BlobPhotoAvatarStore(blobs).get(avatarId, owner);
  if (!look || !(await blobs.stat(look.blob_key))) return null;
  const image = await loadPortrait(await blobs.get(look.blob_key));
  return image ? createPhotoPresenterLayer(look, image) : null;
}
