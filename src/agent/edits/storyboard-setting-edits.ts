import { pickNaturalVoice, pickVoice } from '../voices/index.js';
import { counterpartLook } from '../presenter/index.js';
import { listAvatarLooks } from '../../media/presenter/index.js';
import type { VoiceGender } from '../../media/tts/index.js';
import type { EditAppliers, EditOf, EditState } from './edit-state.js';

function setVoice(op: EditOf<'set_voice'>, state: EditState): void {
  const sb = state.sb;
  if (op.voice_id) {
    const known = state.voices.length === 0 || state.voices.some((v) => v.voice_id === op.voice_id);
    if (!known) state.problems.push(`there is no voice "${op.voice_id}"`);
    else state.sb = { ...sb, voice_id: op.voice_id, avatar_id: presenterFor(sb.avatar_id, state.voices.find((v) => v.voice_id === op.voice_id)?.gender) };
    return;
  }
  if (op.natural) {
    const voice = pickNaturalVoice(state.voices, sb.language, op);
    if (typeof voice === 'string') state.problems.push(voice);
    else state.sb = { ...sb, voice_id: voice.voice_id, avatar_id: presenterFor(sb.avatar_id, voice.gender) };
    return;
  }
  // Keep what the user did not ask to change: the accent when only the gender changes, and the other way round.
  const current = state.voices.find((v) => v.voice_id === sb.voice_id);
  const language = !op.accent && current && current.language.split('-')[0] === sb.language.split('-')[0] ? current.language : sb.language;
  const accent = op.accent ? { accent: op.accent } : {};
  const voice =
    (!op.gender && current ? pickVoice(state.voices, { language, gender: current.gender, ...accent }) : null) ??
    pickVoice(state.voices, { language, ...(op.gender ? { gender: op.gender } : {}), ...accent });
  const wanted = [op.accent, op.gender].filter(Boolean).join(' ');
  if (!voice) state.problems.push(`there is no ${wanted || 'other'} voice for ${sb.language}`);
  else if (voice.voice_id === sb.voice_id) state.problems.push(`the narration already uses a ${wanted} voice`);
  else state.sb = { ...sb, voice_id: voice.voice_id, avatar_id: presenterFor(sb.avatar_id, voice.gender) };
}

/** A built-in presenter follows the voice's gender ("use a female voice" with Daniel on screen brings Amara). */
function presenterFor(avatarId: string | null, gender: VoiceGender | undefined): string | null {
  if (!avatarId || !gender) return avatarId;
  return counterpartLook(avatarId, gender, listAvatarLooks().map((look) => look.id)) ?? avatarId;
}

/** Edits of the whole video's settings, going back to a version, and approval. */
export const storyboardSettingEdits: Pick<
  EditAppliers,
  'set_voice' | 'set_avatar' | 'set_orientation' | 'set_captions' | 'set_pace' | 'set_duration_target' | 'revert_to_version' | 'approve'
> = {
  set_voice: setVoice,
  set_avatar: (op, state) => {
    state.sb = { ...state.sb, avatar_id: op.avatar_id };
  },
  set_orientation: (op, state) => {
    if (state.sb.orientation === op.orientation) state.problems.push(`the video is already ${op.orientation}`);
    else state.sb = { ...state.sb, orientation: op.orientation };
  },
  set_captions: (op, state) => {
    if (state.sb.captions.enabled === op.enabled) state.problems.push(`captions are already ${op.enabled ? 'on' : 'off'}`);
    else state.sb = { ...state.sb, captions: { ...state.sb.captions, enabled: op.enabled } };
  },
  set_pace: (op, state) => {
    const pace = Math.round(Math.min(2, Math.max(0.5, op.pace)) * 100) / 100;
    if (pace === state.sb.pace) state.problems.push(`the pace is already ${pace}`);
    else state.sb = { ...state.sb, pace };
  },
  set_duration_target: (op, state) => {
    if (!(op.seconds >= 5)) {
      state.problems.push('a video must be at least 5 seconds long');
      return;
    }
    state.target = Math.round(op.seconds);
    state.sb = { ...state.sb, duration_target_sec: state.target };
  },
  revert_to_version: (op, state) => {
    const versions = [...state.history, state.input];
    const version = versions.find((v) => v.version === op.version);
    if (!version) state.problems.push(`there is no version ${op.version} (versions: ${versions.map((v) => v.version).join(', ')})`);
    else if (version.version === state.input.version) state.problems.push(`version ${op.version} is the current one`);
    else {
      state.sb = structuredClone(version);
      state.revertedTo = op.version;
    }
  },
  approve: (_op, state) => {
    state.approved = true;
  },
};
