import { describeVisualChange, describeVisualPreference } from './describe-visual-change.js';
import type { Scene, Storyboard } from './storyboard.js';

/** What describeChanges needs to know about a voice to name it ("a British female voice"). */
export interface VoiceDescription {
  voice_id: string;
  name?: string;
  language?: string;
  gender?: string;
}

const accents: Record<string, string> = {
  'en-gb': 'British',
  'en-gb-scotland': 'Scottish',
  'en-gb-x-rp': 'British',
  'en-gb-x-gbclan': 'Northern English',
  'en-gb-x-gbcwmd': 'West Midlands',
  'en-us': 'American',
  'en-029': 'Caribbean',
  'en-in': 'Indian',
  'en-au': 'Australian',
  'en-ie': 'Irish',
};

function describeVoice(voiceId: string, voices: readonly VoiceDescription[]): string {
  const voice = voices.find((v) => v.voice_id === voiceId);
  if (!voice) return `the voice "${voiceId}"`;
  const accent = voice.language ? accents[voice.language.toLowerCase()] : undefined;
  const words = [accent, voice.gender].filter((w): w is string => Boolean(w));
  if (words.length === 0) return `the voice "${voice.name ?? voiceId}"`;
  const phrase = `${words.join(' ')} voice`;
  return `${/^[aeiouAEIOU]/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function layoutName(layout: Scene['layout']): string {
  return { title: 'title', presenter: 'presenter', bullets: 'bullet-list', media: 'media', quote: 'quote', stat: 'statistic', cta: 'call-to-action' }[layout];
}

function short(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Longest increasing subsequence of `values` (indices into values): the scenes that kept their relative order. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k]!;
  }
  return keep;
}

/**
 * Human sentences for what changed between two versions ("Removed scene 3", "Moved scene 2 to position 4",
 * "New title: …", "Switched to a female voice"). Scene numbers are 1-based positions: removed and moved
 * scenes are named by their old position, added and edited ones by their new position.
 */
export function describeChanges(before: Storyboard, after: Storyboard, options: { voices?: readonly VoiceDescription[]; presenters?: readonly { id: string; name: string }[] } = {}): string[] {
  const out: string[] = [];
  const voices = options.voices ?? [];
  if (before.title !== after.title) out.push(`New title: “${after.title}”`);
  if (before.voice_id !== after.voice_id) out.push(`Switched to ${describeVoice(after.voice_id, voices)}`);
  if (before.language !== after.language) out.push(`Narration language is now ${after.language}`);
  if (before.orientation !== after.orientation) {
    out.push(after.orientation === 'portrait' ? 'Switched to portrait (9:16)' : 'Switched to landscape (16:9)');
  }
  if (before.captions.enabled !== after.captions.enabled) out.push(after.captions.enabled ? 'Turned captions on' : 'Turned captions off');
  else if (before.captions.style !== after.captions.style) out.push(`Caption style is now ${after.captions.style}`);
  if (before.style_id !== after.style_id) out.push(`Switched the style to ${after.style_id}`);
  if (before.avatar_id !== after.avatar_id) {
    // "Amara (studio)" is said as "Amara"; an uploaded look by its id.
    const name = options.presenters?.find((p) => p.id === after.avatar_id)?.name.replace(/\s*\(.*\)$/, '') ?? after.avatar_id;
    out.push(!after.avatar_id ? 'Removed the presenter' : before.avatar_id ? `Switched the presenter to ${name}` : `Added a presenter, ${name}`);
  }
  if (JSON.stringify(before.music) !== JSON.stringify(after.music)) out.push(after.music ? `Music: ${after.music.track}` : 'Removed the music');
  if (before.pace !== after.pace) {
    out.push(`${after.pace > before.pace ? 'Sped up' : 'Slowed down'} the narration (pace ${after.pace.toFixed(2).replace(/0$/, '')})`);
  }
  if (before.duration_target_sec !== after.duration_target_sec) {
    out.push(after.duration_target_sec === null ? 'Dropped the length target' : `Target length: ${Math.round(after.duration_target_sec)} s`);
  }

  const preference = describeVisualPreference(before, after);
  if (preference) out.push(preference);

  const beforeIndex = new Map(before.scenes.map((s, i) => [s.id, i]));
  const afterIndex = new Map(after.scenes.map((s, i) => [s.id, i]));
  for (const [id, i] of beforeIndex) if (!afterIndex.has(id)) out.push(`Removed scene ${i + 1}`);

  // Moves: scenes kept in both, ordered as in `after`; those outside the longest run in old order moved.
  const common = after.scenes.filter((s) => beforeIndex.has(s.id));
  const oldPositions = common.map((s) => beforeIndex.get(s.id)!);
  const keep = longestIncreasing(oldPositions);
  const moved = common.filter((_, i) => !keep.has(i));
  const commonBefore = before.scenes.filter((s) => afterIndex.has(s.id));
  const swapped =
    moved.length <= 2 &&
    (() => {
      const diff = common.map((s, i) => (commonBefore[i]!.id === s.id ? -1 : i)).filter((i) => i >= 0);
      return diff.length === 2 && common[diff[0]!]!.id === commonBefore[diff[1]!]!.id && common[diff[1]!]!.id === commonBefore[diff[0]!]!.id
        ? diff
        : null;
    })();
  if (swapped) {
    const a = beforeIndex.get(common[swapped[0]!]!.id)! + 1;
    const b = beforeIndex.get(common[swapped[1]!]!.id)! + 1;
    out.push(`Swapped scenes ${Math.min(a, b)} and ${Math.max(a, b)}`);
  } else {
    for (const scene of moved) out.push(`Moved scene ${beforeIndex.get(scene.id)! + 1} to position ${afterIndex.get(scene.id)! + 1}`);
  }

  after.scenes.forEach((scene, i) => {
    const old = beforeIndex.has(scene.id) ? before.scenes[beforeIndex.get(scene.id)!]! : undefined;
    const n = i + 1;
    if (!old) {
      const about = scene.headline ? ` (“${short(scene.headline, 40)}”)` : '';
      out.push(`Added scene ${n}${about}`);
      return;
    }
    if (old.layout !== scene.layout) out.push(`Scene ${n} is now a ${layoutName(scene.layout)} scene`);
    if (old.narration !== scene.narration) out.push(`Rewrote the narration of scene ${n}`);
    if ((old.headline ?? '') !== (scene.headline ?? '') && scene.headline) out.push(`New headline for scene ${n}: “${short(scene.headline)}”`);
    if (JSON.stringify(old.bullets ?? []) !== JSON.stringify(scene.bullets ?? []) && scene.layout === 'bullets') out.push(`Updated the bullets of scene ${n}`);
    if ((old.stat ?? '') !== (scene.stat ?? '') && scene.stat) out.push(`Scene ${n} now shows ${scene.stat}`);
    if (JSON.stringify(old.media ?? null) !== JSON.stringify(scene.media ?? null)) out.push(scene.media ? `New media in scene ${n}` : `Removed the media from scene ${n}`);
    if (old.transition !== scene.transition) out.push(`Scene ${n} now uses a ${scene.transition} transition`);
    const visual = describeVisualChange(old, scene, n);
    if (visual) out.push(visual);
  });

  return out;
}
