import { NO_PRESENTER } from '../agent/index.js';
import { AppError } from '../errors/index.js';
import { isBlockedUrlError } from '../net/index.js';
import type { SessionContext } from './session-context.js';

type IdChecks = Pick<SessionContext, 'voices' | 'styleIds' | 'avatarIds' | 'photoAvatars' | 'brandKits'>;

/** Unknown ids fail the request that names them (400), not the run later. */
export async function validateSessionIds(
  ctx: IdChecks,
  ids: { voice_id: string | null; avatar_id: string | null; style_id: string | null; brand_kit_id: string | null },
  owner: string,
): Promise<void> {
  if (ids.voice_id !== null && !(await ctx.voices.list()).some((v) => v.voice_id === ids.voice_id)) {
    // A catalogue voice whose model is not pulled: say which command installs it.
    const hint = await ctx.voices.missingVoiceHint(ids.voice_id);
    throw new AppError('validation_error', hint ?? `Unknown voice_id "${ids.voice_id}"; GET /v3/voices lists the voices.`, { param: 'voice_id' });
  }
  if (ids.style_id !== null && !ctx.styleIds.includes(ids.style_id)) {
    throw new AppError('validation_error', `Unknown style_id "${ids.style_id}"; GET /v3/video-agents/styles lists the styles.`, { param: 'style_id' });
  }
  const knownAvatar = async (id: string) => ctx.avatarIds.includes(id) || Boolean(await ctx.photoAvatars?.get(id, owner));
  if (ids.avatar_id !== null && ids.avatar_id !== NO_PRESENTER && !(await knownAvatar(ids.avatar_id))) {
    throw new AppError('validation_error', `Unknown avatar_id "${ids.avatar_id}": this server has no avatar with that id (GET /v3/avatars/looks lists them; "none" asks for no presenter).`, { param: 'avatar_id' });
  }
  if (ids.brand_kit_id !== null && !(await ctx.brandKits?.get(owner, ids.brand_kit_id))) {
    throw new AppError('validation_error', `Unknown brand_kit_id "${ids.brand_kit_id}"; GET /v3/brand-kits lists this key's brand kits.`, { param: 'brand_kit_id' });
  }
}

export async function validateCallbackUrl(ctx: Pick<SessionContext, 'outbound'>, url: string): Promise<void> {
  try {
    await ctx.outbound?.checkUrl(url);
  } catch (error) {
    if (isBlockedUrlError(error)) throw new AppError('validation_error', `callback_url is not allowed: ${error.message}`, { param: 'callback_url' });
    throw error;
  }
}
