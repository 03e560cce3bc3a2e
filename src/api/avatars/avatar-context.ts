import {
  BlobPhotoAvatarStore, getAvatarLook, loadPortrait, PREVIEW_SIZE, type AvatarLook, type PhotoAvatar,
} from '../../avatars/index.js';
import { AppError } from '../../errors/index.js';
import { DEFAULT_VOICE_ID } from '../../media/index.js';
import type { AppDeps } from '../app-deps.js';
import { createBlobCache } from '../cache/index.js';

/** Blob keys of a look's cached previews (the render version is in the key, so a new drawing re-renders). */
export function avatarPreviewKey(lookId: string, kind: 'png' | 'mp4'): string {
  return `avatars/v1/${lookId.replace(/[^A-Za-z0-9._+-]/g, '_')}.${kind}`;
}

/** What the avatar routes share: the photo looks, the preview cache and queue, and the views. */
export type AvatarContext = ReturnType<typeof createAvatarContext>;

export function createAvatarContext(deps: AppDeps) {
  const cached = createBlobCache(deps.blobs);
  // A gallery page asks for every preview video at once: render them one after another (each takes a few
  // seconds of ffmpeg on a shared 2-core machine) rather than all together.
  let videoQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const run = videoQueue.then(job, job);
    videoQueue = run.catch(() => undefined);
    return run;
  };
  const base = `${deps.config.publicUrl}/v3/avatars/looks`;
  const imageUrl = (look: { id: string }) => `${base}/${encodeURIComponent(look.id)}/preview.png`;
  const videoUrl = (look: { id: string }) => `${base}/${encodeURIComponent(look.id)}/preview.mp4`;
  const photos = new BlobPhotoAvatarStore(deps.blobs, deps.store);
  const photoView = (look: PhotoAvatar) => ({
    id: look.id,
    name: look.name,
    avatar_type: 'photo_avatar',
    // Each photo look is its own group, as in the hosted API.
    group_id: look.id,
    gender: 'unknown',
    preview_image_url: imageUrl(look),
    preview_video_url: videoUrl(look),
    default_voice_id: DEFAULT_VOICE_ID,
    image_width: look.image_width,
    image_height: look.image_height,
    preferred_orientation: look.image_width > look.image_height ? 'landscape' : 'portrait',
    tags: ['photo'],
  });
  const studioView = (look: AvatarLook) => ({
    id: look.id,
    name: look.name,
    avatar_type: 'studio_avatar',
    group_id: look.group_id,
    gender: look.gender,
    preview_image_url: imageUrl(look),
    preview_video_url: videoUrl(look),
    default_voice_id: look.default_voice_id,
    image_width: PREVIEW_SIZE,
    image_height: PREVIEW_SIZE,
    preferred_orientation: look.preferred_orientation,
    tags: [...look.tags],
  });
  const portraitOf = async (look: PhotoAvatar) => {
    const image = await loadPortrait(await deps.blobs.get(look.blob_key));
    if (!image) throw new AppError('not_found', `The picture of avatar look "${look.id}" can no longer be read.`, { param: 'avatar_id' });
    return image;
  };
  const findLook = (id: string): AvatarLook => {
    const look = getAvatarLook(id);
    if (!look) throw new AppError('not_found', `No avatar look "${id}".`, { param: 'avatar_id' });
    return look;
  };
  return { cached, oneAtATime, imageUrl, videoUrl, photos, photoView, studioView, portraitOf, findLook };
}
