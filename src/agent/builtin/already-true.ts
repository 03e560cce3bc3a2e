import { storyboardDuration, type Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import type { EditOperation } from '../edits/index.js';
import { accentLanguages } from '../voices/index.js';

/**
 * Why an edit would change nothing because the storyboard already is that way ("the voice is already
 * female: English (US) – female"), or null. Such a request is answered, not treated as a failure.
 */
export function alreadyTrue(op: EditOperation, sb: Storyboard, voices: readonly Voice[]): string | null {
  switch (op.op) {
    case 'set_voice': {
      const current = voices.find((v) => v.voice_id === sb.voice_id);
      if (op.voice_id) return op.voice_id === sb.voice_id ? `the narration already uses ${current?.name ?? op.voice_id}` : null;
      if (!current) return null;
      const genderOk = !op.gender || current.gender === op.gender;
      const accentOk = !op.accent || (accentLanguages[op.accent] ?? []).includes(current.language.toLowerCase());
      if (!genderOk || !accentOk) return null;
      const what = [op.accent ? op.accent.charAt(0).toUpperCase() + op.accent.slice(1) : null, op.gender].filter(Boolean).join(' ');
      return what ? `the voice is already ${what}: ${current.name}` : null;
    }
    case 'set_orientation':
      return sb.orientation === op.orientation ? `the video is already ${op.orientation === 'portrait' ? 'vertical (portrait)' : 'horizontal (landscape)'}` : null;
    case 'set_captions':
      return sb.captions.enabled === op.enabled ? `captions are already ${op.enabled ? 'on' : 'off'}` : null;
    case 'set_title':
      return sb.title === op.title.trim() ? `the title already is “${sb.title}”` : null;
    case 'set_duration_target': {
      const seconds = storyboardDuration(sb);
      // "Shorter" on a video at or under the shortest length asked for (5 s) has nowhere to go.
      if (op.seconds <= 5 && seconds <= 5.5) return `the video is already as short as it gets: about ${Math.round(seconds)} s`;
      return Math.abs(seconds - op.seconds) <= op.seconds * 0.05 ? `the video already runs about ${Math.round(seconds)} s` : null;
    }
    case 'set_pace':
      return Math.abs(sb.pace - op.pace) < 0.005 ? `the pace is already ${sb.pace}` : null;
    default:
      return null;
  }
}
