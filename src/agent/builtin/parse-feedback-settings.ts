import { storyboardDuration, type Storyboard } from '../../storyboard/index.js';
import type { Voice, VoiceGender } from '../../media/tts/index.js';
import type { EditOperation } from '../edits/index.js';
import { accentLanguages } from '../voices/index.js';
import { escapeRegExp } from '../text/index.js';
import { getAvatarLook } from '../../media/presenter/index.js';
import { presenterLook, presenterWish } from '../presenter/index.js';

/** Edits a clause asks for, or a reason they cannot apply; null when the clause asks for none of these. */
export type ClauseResult = { ops: EditOperation[]; problem?: string } | null;

/** The narrator: a voice by id, a gender, an accent, or just "a different voice". */
export function parseVoice(c: string, lower: string, sb: Storyboard, voices: readonly Voice[]): ClauseResult {
  const byId = voices.find((v) => new RegExp(`(?:^|[\\s"'“])${escapeRegExp(v.voice_id)}(?:$|[\\s"'”.,])`, 'i').test(c));
  const mentionsVoice = /\b(?:voice|voices|narrator|speaker|accent|voice-?over|narrated|narrate|narration voice|read by|spoken by|sounds?)\b/.test(lower);
  if (byId && (mentionsVoice || /^(?:use|switch to|try|change to)\b/.test(lower))) return { ops: [{ op: 'set_voice', voice_id: byId.voice_id }] };
  let gender: VoiceGender | undefined;
  if (/\b(?:female|woman|women|woman'?s|lady|girl|feminine|her)\b/.test(lower)) gender = 'female';
  else if (/\b(?:male|man|men|man'?s|guy|masculine|gentleman|dude|him)\b/.test(lower)) gender = 'male';
  let accent: string | undefined;
  for (const key of Object.keys(accentLanguages)) {
    if (key === 'us' ? /\b(?:US|U\.S\.)(?=\s|$|[,.])/.test(c) : key === 'english' ? /\benglish (?:accent|voice|narrator)\b/.test(lower) : key === 'uk' ? /\bUK\b/.test(c) : new RegExp(`\\b${key}\\b`).test(lower)) {
      accent = key;
      break;
    }
  }
  const different = /\b(?:different|another|other|new)\s+(?:voice|narrator|speaker)\b/.test(lower);
  if (mentionsVoice && /\b(?:natural|realistic|human|less robotic|neural)\b/.test(lower)) return { ops: [{ op: 'set_voice', natural: true, ...(gender ? { gender } : {}), ...(accent ? { accent } : {}) }] };
  if (!mentionsVoice && !(accent && /\b(?:use|switch|make it|try|want|prefer|go with)\b/.test(lower))) return null;
  if (!gender && !accent && !different) {
    if (mentionsVoice && /\b(?:faster|slower|speed|pace)\b/.test(lower)) return null;
    return mentionsVoice && /^(?:change|switch|replace|swap)\s+(?:the\s+)?(?:voice|narrator)$/.test(lower) ? { ops: [{ op: 'set_voice', gender: oppositeGender(sb, voices) }] } : null;
  }
  if (different && !gender && !accent) return { ops: [{ op: 'set_voice', gender: oppositeGender(sb, voices) }] };
  return { ops: [{ op: 'set_voice', ...(gender ? { gender } : {}), ...(accent ? { accent } : {}) }] };
}

/**
 * Who is on screen: "no presenter" / "remove the avatar", "add a presenter", "use a female presenter", "a different
 * presenter". A presenter of a gender brings a voice of that gender along when the narrator's differs.
 */
export function parsePresenter(c: string, sb: Storyboard, voices: readonly Voice[], avatarIds: readonly string[]): ClauseResult {
  const wish = presenterWish(c);
  if (!wish) return null;
  if (wish.kind === 'none') return sb.avatar_id ? { ops: [{ op: 'set_avatar', avatar_id: null }] } : { ops: [], problem: 'the video has no presenter' };
  const current = sb.avatar_id ? getAvatarLook(sb.avatar_id) : undefined;
  const voiceGender = voices.find((v) => v.voice_id === sb.voice_id)?.gender ?? null;
  const different = /\b(?:different|another|other|new)\b/i.test(c);
  // "A different presenter" keeps the gender on screen; any other asks for the voice's unless it names one.
  const gender = wish.gender ?? (different ? (current?.gender ?? voiceGender) : voiceGender);
  if (sb.avatar_id && !different && (!wish.gender || current?.gender === wish.gender)) {
    return { ops: [], problem: wish.gender ? `the presenter is already ${wish.gender === 'female' ? 'a woman' : 'a man'}` : 'the video already has a presenter' };
  }
  const choices = different ? avatarIds.filter((id) => id !== sb.avatar_id && getAvatarLook(id)?.group_id !== current?.group_id) : avatarIds;
  const look = presenterLook(choices, gender, sb.title);
  if (!look) return { ops: [], problem: 'this server has no presenter to add' };
  const ops: EditOperation[] = [{ op: 'set_avatar', avatar_id: look }];
  const lookGender = getAvatarLook(look)?.gender;
  if (lookGender && voiceGender && lookGender !== voiceGender) ops.push({ op: 'set_voice', gender: lookGender });
  return { ops };
}

function oppositeGender(sb: Storyboard, voices: readonly Voice[]): VoiceGender {
  return voices.find((v) => v.voice_id === sb.voice_id)?.gender === 'female' ? 'male' : 'female';
}

/** A length: absolute ("30 seconds"), relative ("shorter", "twice as long"). */
export function parseDurationEdit(lower: string, sb: Storyboard): ClauseResult {
  const current = storyboardDuration(sb);
  // Relative first: "twice as long" must not read as "a s(econd)".
  if (/\bhalf as long\b|\bhalve\b|\bcut (?:it )?in half\b|\bhalf the (?:length|duration)\b/.test(lower)) return { ops: [{ op: 'set_duration_target', seconds: Math.max(5, Math.round(current * 0.5)) }] };
  if (/\btwice as long\b|\bdouble (?:the )?(?:length|duration|it)\b/.test(lower)) return { ops: [{ op: 'set_duration_target', seconds: Math.round(current * 2) }] };
  const absolute = /(?:^|\b)(?:make|cut|trim|shorten|keep|get|bring|reduce|extend|lengthen|set|target|aim for|change|limit|it should be|should be|length|duration|to|under|below|at most|max(?:imum)?|around|about|exactly|only)?\b[^\d]*?(\d+(?:\.\d+)?|one|two|three|a|half a)(?:(?<=\d)\s*|\s+|-)(seconds?|secs?|sec|s|minutes?|mins?|min)\b/.exec(lower);
  const hasLengthWord = /\b(?:long|length|duration|shorter|longer|short|seconds?|secs?|minutes?|mins?|video|it|make|cut|trim|under|below|max|keep)\b/.test(lower);
  if (absolute && hasLengthWord && !/\bscene\s*\d/.test(lower) && !/\bpace\b/.test(lower)) {
    const words: Record<string, number> = { one: 1, two: 2, three: 3, a: 1, 'half a': 0.5 };
    const value = words[absolute[1]!] ?? Number(absolute[1]);
    let seconds = /^m/.test(absolute[2]!) ? value * 60 : value;
    if (/\b(?:under|below|at most|max(?:imum)?|less than|no more than|no longer than)\b/.test(lower)) seconds *= 0.93;
    if (seconds >= 5 && seconds <= 1800) return { ops: [{ op: 'set_duration_target', seconds: Math.round(seconds) }] };
    return { ops: [], problem: `a video must be between 5 seconds and 30 minutes long (asked for ${Math.round(seconds)} s)` };
  }
  const amount = /\b(?:much|a lot|way|significantly|far|lot)\b/.test(lower) ? 'big' : /\b(?:a bit|slightly|a little|a tad|somewhat|little)\b/.test(lower) ? 'small' : 'normal';
  if (/\bhalf as long\b|\bhalve\b|\bcut (?:it )?in half\b/.test(lower)) return { ops: [{ op: 'set_duration_target', seconds: Math.max(5, Math.round(current * 0.5)) }] };
  if (/\btwice as long\b|\bdouble (?:the )?(?:length|it)\b/.test(lower)) return { ops: [{ op: 'set_duration_target', seconds: Math.round(current * 2) }] };
  if (/\b(?:shorter|shorten|trim|tighten|condense|too long|cut it down|cut down|more concise|less long|briefer|quicker video|reduce (?:the )?length|make it short|keep it short)\b/.test(lower)) {
    const factor = amount === 'big' ? 0.6 : amount === 'small' ? 0.85 : 0.75;
    return { ops: [{ op: 'set_duration_target', seconds: Math.max(5, Math.round(current * factor)) }] };
  }
  if (/\b(?:longer|lengthen|extend|expand|too short|more detail|more depth|elaborate|flesh (?:it )?out|make it long)\b/.test(lower)) {
    const factor = amount === 'big' ? 1.5 : amount === 'small' ? 1.15 : 1.25;
    return { ops: [{ op: 'set_duration_target', seconds: Math.round(current * factor) }] };
  }
  return null;
}

/** The speaking pace: absolute ("pace 1.2") or relative ("faster"). */
export function parsePace(lower: string, sb: Storyboard): ClauseResult {
  const absolute = /\b(?:pace|speed|rate|tempo)\s*(?:to|of|=|at|:)?\s*(\d(?:\.\d+)?)\s*x?\b/.exec(lower) ?? /\b(\d(?:\.\d+)?)\s*x\s*(?:speed|pace)\b/.exec(lower);
  if (absolute) return { ops: [{ op: 'set_pace', pace: Number(absolute[1]) }] };
  if (/\b(?:normal|default|regular|natural)\s+(?:speed|pace|tempo)\b/.test(lower)) return { ops: [{ op: 'set_pace', pace: 1 }] };
  const step = /\b(?:much|a lot|way|significantly)\b/.test(lower) ? 0.2 : /\b(?:a bit|slightly|a little|a tad|somewhat)\b/.test(lower) ? 0.05 : 0.1;
  if (/\b(?:faster|quicker|speed (?:it )?up|more quickly|too slow|pick up the pace|more energy|snappier)\b/.test(lower)) return { ops: [{ op: 'set_pace', pace: Math.round((sb.pace + step) * 100) / 100 }] };
  if (/\b(?:slower|slow (?:it )?down|more slowly|too fast|calmer|less rushed|rushed)\b/.test(lower)) return { ops: [{ op: 'set_pace', pace: Math.round((sb.pace - step) * 100) / 100 }] };
  return null;
}
