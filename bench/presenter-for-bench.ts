import { listAvatarLooks } from '../src/avatars/index.js';

/** The presenter the bench uses: the first built-in look (renderVideo's default lookup draws it). */
export function presenterLayerFor(): { avatarId: string } | null {
  const look = listAvatarLooks()[0];
  return look ? { avatarId: look.id } : null;
}
