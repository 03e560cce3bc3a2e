import { getAvatarLook, type AvatarLook } from '../../media/presenter/index.js';
import type { Voice, VoiceGender } from '../../media/tts/index.js';
import type { PlannerContext, PlanRequest } from '../planner.js';
import { presenterWish, type PresenterWish } from './presenter-wish.js';

/**
 * The built-in look to put in front of a video: the first of `avatarIds` of `gender` (any gender when null or
 * none matches). Null when no built-in look is offered (uploaded portraits are chosen by id only).
 */
export function presenterLook(avatarIds: readonly string[], gender: VoiceGender | null): string | null {
  const looks = avatarIds.map((id) => getAvatarLook(id)).filter((look): look is AvatarLook => look !== undefined);
  return (looks.find((look) => gender === null || look.gender === gender) ?? looks[0])?.id ?? null;
}

/** *(ours)* The `avatar_id` that asks for no presenter (omitted or null asks for the default one). */
export const NO_PRESENTER = 'none';

/**
 * The presenter of a new storyboard: the one the request names; none when the prompt asks for none; else a
 * built-in look of the narrating voice's gender (a video has a presenter unless someone says otherwise).
 */
export function defaultPresenter(options: { requested: string | null; wish: PresenterWish | null; avatarIds: readonly string[]; voiceId: string; voices: readonly Voice[] }): string | null {
  if (options.requested === NO_PRESENTER) return null;
  if (options.requested) return options.requested;
  if (options.wish?.kind === 'none') return null;
  const voiceGender = options.voices.find((v) => v.voice_id === options.voiceId)?.gender ?? null;
  const gender = options.wish?.kind === 'presenter' && options.wish.gender ? options.wish.gender : voiceGender;
  return presenterLook(options.avatarIds, gender);
}

/** A built-in look of `gender` to replace the built-in look `avatarId` when that one is of the other gender; else null. */
export function counterpartLook(avatarId: string, gender: VoiceGender, avatarIds: readonly string[]): string | null {
  const look = getAvatarLook(avatarId);
  if (!look || look.gender === gender) return null;
  return presenterLook(avatarIds, gender);
}

/** `defaultPresenter` for a plan request narrated by `voiceId`. */
export function requestPresenter(request: Pick<PlanRequest, 'avatar_id' | 'prompt'>, context: Pick<PlannerContext, 'avatarIds' | 'voices'>, voiceId: string): string | null {
  return defaultPresenter({ requested: request.avatar_id, wish: presenterWish(request.prompt), avatarIds: context.avatarIds, voiceId, voices: context.voices });
}

/** The gender a prompt asks of its presenter ("with a female presenter"), which the voice should match; else null. */
export function wishedPresenterGender(prompt: string): VoiceGender | null {
  const wish = presenterWish(prompt);
  return wish?.kind === 'presenter' ? wish.gender : null;
}
