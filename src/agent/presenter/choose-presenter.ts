import { createHash } from 'node:crypto';
import { getAvatarLook, type AvatarLook } from '../../media/presenter/index.js';
import type { Voice, VoiceGender } from '../../media/tts/index.js';
import type { PlannerContext, PlanRequest } from '../planner.js';
import { presenterWish, type PresenterWish } from './presenter-wish.js';

/**
 * The built-in look to put in front of a video: a person of `gender` among `avatarIds` (any gender when null or
 * none matches), in their first look; `seed` (the prompt, the title) picks which person, the same every time,
 * so videos do not all have one face. Null when no built-in look is offered (uploaded portraits are chosen by
 * id only).
 */
export function presenterLook(avatarIds: readonly string[], gender: VoiceGender | null, seed = ''): string | null {
  const looks = avatarIds.map((id) => getAvatarLook(id)).filter((look): look is AvatarLook => look !== undefined);
  const ofGender = looks.filter((look) => gender === null || look.gender === gender);
  const pool = ofGender.length > 0 ? ofGender : looks;
  // One look per person: the seed chooses among people, not among one person's outfits.
  const people = pool.filter((look, i) => pool.findIndex((other) => other.group_id === look.group_id) === i);
  if (people.length === 0) return null;
  // A cryptographic hash spreads similar prompts evenly (FNV's low bits gave one person three prompts in four).
  return people[seed ? createHash('sha256').update(seed).digest().readUInt32BE(0) % people.length : 0]!.id;
}

/** *(ours)* The `avatar_id` that asks for no presenter (omitted or null asks for the default one). */
export const NO_PRESENTER = 'none';

/**
 * The presenter of a new storyboard: the one the request names; none when the prompt asks for none; else a
 * built-in look of the narrating voice's gender (a video has a presenter unless someone says otherwise).
 */
export function defaultPresenter(options: { requested: string | null; wish: PresenterWish | null; avatarIds: readonly string[]; voiceId: string; voices: readonly Voice[]; seed?: string }): string | null {
  if (options.requested === NO_PRESENTER) return null;
  if (options.requested) return options.requested;
  if (options.wish?.kind === 'none') return null;
  const voiceGender = options.voices.find((v) => v.voice_id === options.voiceId)?.gender ?? null;
  const gender = options.wish?.kind === 'presenter' && options.wish.gender ? options.wish.gender : voiceGender;
  return presenterLook(options.avatarIds, gender, options.seed);
}

/** A built-in look of `gender` to replace the built-in look `avatarId` when that one is of the other gender; else null. */
export function counterpartLook(avatarId: string, gender: VoiceGender, avatarIds: readonly string[]): string | null {
  const look = getAvatarLook(avatarId);
  if (!look || look.gender === gender) return null;
  return presenterLook(avatarIds, gender, look.group_id);
}

/** `defaultPresenter` for a plan request narrated by `voiceId`. */
export function requestPresenter(request: Pick<PlanRequest, 'avatar_id' | 'prompt'>, context: Pick<PlannerContext, 'avatarIds' | 'voices'>, voiceId: string): string | null {
  return defaultPresenter({ requested: request.avatar_id, wish: presenterWish(request.prompt), avatarIds: context.avatarIds, voiceId, voices: context.voices, seed: request.prompt });
}

/** The gender a prompt asks of its presenter ("with a female presenter"), which the voice should match; else null. */
export function wishedPresenterGender(prompt: string): VoiceGender | null {
  const wish = presenterWish(prompt);
  return wish?.kind === 'presenter' ? wish.gender : null;
}
