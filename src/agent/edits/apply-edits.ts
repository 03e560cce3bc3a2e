import {
  nextSceneId,
  storyboardDuration,
  validateStoryboard,
  SCENE_PADDING_SEC,
  SCENE_MIN_SEC,
  type Scene,
  type Storyboard,
} from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import { fitDuration, type SceneMeasurer } from '../duration/index.js';
import { headlineFrom, splitSentences, type KnownLanguage } from '../text/index.js';
import { pickVoice } from '../voices/index.js';
import type { VisualProviders } from '../../visuals/index.js';
import type { EditOperation } from './edit-operation.js';
import { applyVisualEdit } from './visual-edits.js';

export interface EditEnvironment {
  voices: readonly Voice[];
  /** Earlier versions, for revert_to_version. */
  history: readonly Storyboard[];
  measurer: SceneMeasurer;
  /** Sentences a longer target may add, in order. */
  reserve?: readonly string[];
  language?: KnownLanguage;
  makeScene?: (sentence: string, id: string) => Scene;
  onProgress?: (fraction: number) => void;
  /** Stock and image providers for picture edits (null: the bundled library only). */
  visuals?: VisualProviders | null;
  /** Ends picture searches when the run is stopped. */
  signal?: AbortSignal;
}

export interface EditOutcome {
  /** The new version (version + 1), validated and measured; equal in content to the input when nothing applied. */
  storyboard: Storyboard;
  approved: boolean;
  /** The operations that took effect. */
  applied: EditOperation[];
  /** Why the others did not, one sentence each. */
  problems: string[];
  /** Whether the content changed. */
  changed: boolean;
  /** Set when a duration target could not be reached. */
  durationShortfall: { target: number; seconds: number } | null;
  /** Set by revert_to_version. */
  revertedTo: number | null;
}

const figure = /[-+]?[$€£¥]?\d[\d,.]*\s?(%|percent|per cent|x|×|k|m|bn|million|billion|thousand|hours?|days?|minutes?|seconds?|years?)?/i;

function sceneIndex(sb: Storyboard, id: string): number {
  return sb.scenes.findIndex((s) => s.id === id);
}

/** Fills what a layout needs from the scene's own text, or says why it cannot. */
function adaptToLayout(scene: Scene, layout: Scene['layout'], sb: Storyboard): Scene | string {
  const next: Scene = { ...scene, layout };
  const sentences = splitSentences(scene.narration);
  switch (layout) {
    case 'bullets':
      if (!next.bullets || next.bullets.length === 0) {
        const points = (sentences.length > 1 ? sentences : scene.narration.split(/[,;]\s+|\s+and\s+/)).map((s) => headlineFrom(s, 6)).filter(Boolean);
        if (points.length < 2) return `scene ${sceneIndex(sb, scene.id) + 1} has only one point, so it cannot be a bullet list`;
        next.bullets = points.slice(0, 6);
      }
      break;
    case 'stat': {
      if (!next.stat) {
        const match = figure.exec(scene.narration);
        if (!match) return `scene ${sceneIndex(sb, scene.id) + 1} has no number to show as a statistic`;
        next.stat = match[0].trim().replace(/\s?percent$|\s?per cent$/i, ' %').slice(0, 40);
      }
      next.headline ??= headlineFrom(sentences[0] ?? scene.narration, 8);
      break;
    }
    case 'quote': {
      const quoted = /[“"«]([^”"»]{8,})[”"»]/.exec(scene.narration);
      next.headline = quoted ? quoted[1]!.trim() : (sentences[0] ?? scene.narration).slice(0, 300);
      break;
    }
    case 'title':
      next.headline ??= sb.title;
      break;
    case 'cta':
    case 'presenter':
    case 'media':
      next.headline ??= headlineFrom(sentences[0] ?? scene.narration, 7);
      if (layout === 'media' && !next.media) return `scene ${sceneIndex(sb, scene.id) + 1} has no image or video attached to show`;
      break;
  }
  return next;
}

/**
 * Applies edit operations in order to a storyboard: the one engine behind every planner's revisions.
 * Scenes whose narration, voice or pace changed are re-measured with the TTS; a duration target re-fits
 * the narration. Operations that cannot apply are skipped with a reason in `problems`. The result is
 * validated and numbered version + 1.
 */
export async function applyEdits(input: Storyboard, operations: readonly EditOperation[], env: EditEnvironment): Promise<EditOutcome> {
  const problems: string[] = [];
  const applied: EditOperation[] = [];
  let approved = false;
  let target: number | null = null;
  let revertedTo: number | null = null;
  let sb: Storyboard = structuredClone(input);
  const progress = env.onProgress ?? (() => {});

  // Known measurements: scenes that did not change are not spoken again.
  for (const version of [...env.history, input]) {
    // A scene held at the 2 s minimum does not tell how long its narration is: that one is measured again.
    for (const scene of version.scenes) {
      if (scene.duration_sec > SCENE_MIN_SEC + 1e-6) env.measurer.remember(scene.narration, version.voice_id, version.pace, scene.duration_sec - SCENE_PADDING_SEC);
    }
  }

  const scene = (id: string): { index: number; scene: Scene } | null => {
    const index = sceneIndex(sb, id);
    if (index < 0) {
      problems.push(`there is no scene with id "${id}"`);
      return null;
    }
    return { index, scene: sb.scenes[index]! };
  };
  const replace = (index: number, next: Scene): void => {
    const scenes = [...sb.scenes];
    scenes[index] = next;
    sb = { ...sb, scenes };
  };

  for (const op of operations) {
    const before = sb;
    switch (op.op) {
      case 'set_title': {
        const title = op.title.trim().slice(0, 200);
        if (!title) problems.push('the new title is empty');
        else {
          sb = { ...sb, title };
          const first = sb.scenes[0];
          if (first?.layout === 'title') replace(0, { ...first, headline: title });
        }
        break;
      }
      case 'set_narration': {
        const found = scene(op.scene_id);
        const narration = op.narration.trim().slice(0, 5000);
        if (found && !narration) problems.push(`the new narration for scene ${found.index + 1} is empty`);
        else if (found) replace(found.index, { ...found.scene, narration });
        break;
      }
      case 'remove_scene': {
        const found = scene(op.scene_id);
        if (found && sb.scenes.length <= 1) problems.push('the video needs at least one scene, so the last one stays');
        else if (found) sb = { ...sb, scenes: sb.scenes.filter((s) => s.id !== op.scene_id) };
        break;
      }
      case 'move_scene': {
        const found = scene(op.scene_id);
        if (!found) break;
        const to = Math.round(op.to);
        if (to < 1 || to > sb.scenes.length) {
          problems.push(`position ${to} does not exist (there are ${sb.scenes.length} scenes)`);
          break;
        }
        const scenes = sb.scenes.filter((s) => s.id !== op.scene_id);
        scenes.splice(to - 1, 0, found.scene);
        sb = { ...sb, scenes };
        break;
      }
      case 'swap_scenes': {
        const a = scene(op.scene_id);
        const b = scene(op.other_scene_id);
        if (!a || !b) break;
        if (a.index === b.index) {
          problems.push('a scene cannot be swapped with itself');
          break;
        }
        const scenes = [...sb.scenes];
        scenes[a.index] = b.scene;
        scenes[b.index] = a.scene;
        sb = { ...sb, scenes };
        break;
      }
      case 'merge_scenes': {
        const a = scene(op.scene_id);
        const b = scene(op.other_scene_id);
        if (!a || !b) break;
        if (a.index === b.index) {
          problems.push('a scene cannot be merged with itself');
          break;
        }
        const [first, second] = a.index < b.index ? [a, b] : [b, a];
        const bullets = [...(first.scene.bullets ?? []), ...(second.scene.bullets ?? [])].slice(0, 8);
        const merged: Scene = { ...first.scene, narration: `${first.scene.narration} ${second.scene.narration}`.slice(0, 5000) };
        if (bullets.length > 0) merged.bullets = bullets;
        // A title or closing card keeps its role; other layouts take what the joined text supports.
        if (merged.layout !== 'title' && merged.layout !== 'cta' && bullets.length >= 2) merged.layout = 'bullets';
        const scenes = sb.scenes.filter((s) => s.id !== second.scene.id);
        scenes[first.index] = merged;
        sb = { ...sb, scenes };
        break;
      }
      case 'split_scene': {
        const found = scene(op.scene_id);
        if (!found) break;
        const sentences = splitSentences(found.scene.narration);
        if (sentences.length < 2) {
          problems.push(`scene ${found.index + 1} has only one sentence, so it cannot be split`);
          break;
        }
        if (sb.scenes.length >= 60) {
          problems.push('a video can have at most 60 scenes');
          break;
        }
        const half = Math.ceil(sentences.length / 2);
        const firstText = sentences.slice(0, half).join(' ');
        const secondText = sentences.slice(half).join(' ');
        const first: Scene = { ...found.scene, narration: firstText };
        const second: Scene = {
          id: nextSceneId(sb),
          layout: found.scene.layout === 'title' || found.scene.layout === 'cta' || found.scene.layout === 'stat' || found.scene.layout === 'quote' ? 'presenter' : found.scene.layout,
          narration: secondText,
          headline: headlineFrom(secondText, 7),
          presenter: found.scene.presenter,
          transition: found.scene.transition,
          duration_sec: 0,
        };
        if (found.scene.bullets && found.scene.bullets.length >= 4) {
          const cut = Math.ceil(found.scene.bullets.length / 2);
          first.bullets = found.scene.bullets.slice(0, cut);
          second.bullets = found.scene.bullets.slice(cut);
        } else if (second.layout === 'bullets') second.layout = 'presenter';
        if (second.layout === 'media' && found.scene.media) second.media = found.scene.media;
        const scenes = [...sb.scenes];
        scenes.splice(found.index, 1, first, second);
        sb = { ...sb, scenes };
        break;
      }
      case 'add_scene': {
        if (sb.scenes.length >= 60) {
          problems.push('a video can have at most 60 scenes');
          break;
        }
        const narration = op.narration.trim().slice(0, 5000);
        if (!narration) {
          problems.push('the new scene has no narration');
          break;
        }
        const added: Scene = {
          id: nextSceneId(sb),
          layout: op.layout,
          narration,
          headline: (op.headline ?? headlineFrom(narration, 7)).slice(0, 300),
          presenter: 'none',
          transition: 'fade',
          duration_sec: 0,
        };
        if (op.bullets) added.bullets = op.bullets.slice(0, 8);
        if (op.stat) added.stat = op.stat.slice(0, 40);
        if (op.attribution) added.attribution = op.attribution.slice(0, 200);
        const adapted = adaptToLayout(added, op.layout, { ...sb, scenes: [...sb.scenes, added] });
        const finalScene = typeof adapted === 'string' ? { ...added, layout: 'presenter' as const } : adapted;
        const closing = sb.scenes.length > 1 && sb.scenes[sb.scenes.length - 1]!.layout === 'cta' ? sb.scenes.length - 1 : sb.scenes.length;
        const at = op.position === null ? closing : Math.min(Math.max(1, Math.round(op.position)), sb.scenes.length + 1) - 1;
        const scenes = [...sb.scenes];
        scenes.splice(at, 0, finalScene);
        sb = { ...sb, scenes };
        break;
      }
      case 'set_layout': {
        const found = scene(op.scene_id);
        if (!found) break;
        const adapted = adaptToLayout(found.scene, op.layout, sb);
        if (typeof adapted === 'string') problems.push(adapted);
        else replace(found.index, adapted);
        break;
      }
      case 'set_headline': {
        const found = scene(op.scene_id);
        if (found) replace(found.index, { ...found.scene, headline: op.headline.trim().slice(0, 300) });
        break;
      }
      case 'set_bullets': {
        const found = scene(op.scene_id);
        const bullets = op.bullets.map((b) => b.trim().slice(0, 300)).filter(Boolean).slice(0, 8);
        if (found && bullets.length === 0) problems.push('the bullet list is empty');
        else if (found) replace(found.index, { ...found.scene, layout: 'bullets', bullets });
        break;
      }
      case 'set_voice': {
        if (op.voice_id) {
          const known = env.voices.length === 0 || env.voices.some((v) => v.voice_id === op.voice_id);
          if (!known) problems.push(`there is no voice "${op.voice_id}"`);
          else sb = { ...sb, voice_id: op.voice_id };
          break;
        }
        // Keep what the user did not ask to change: the accent when only the gender changes, and the other way round.
        const current = env.voices.find((v) => v.voice_id === sb.voice_id);
        const language = !op.accent && current && current.language.split('-')[0] === sb.language.split('-')[0] ? current.language : sb.language;
        const voice =
          (!op.gender && current ? pickVoice(env.voices, { language, gender: current.gender, ...(op.accent ? { accent: op.accent } : {}) }) : null) ??
          pickVoice(env.voices, { language, ...(op.gender ? { gender: op.gender } : {}), ...(op.accent ? { accent: op.accent } : {}) });
        const wanted = [op.accent, op.gender].filter(Boolean).join(' ');
        if (!voice) problems.push(`there is no ${wanted || 'other'} voice for ${sb.language}`);
        else if (voice.voice_id === sb.voice_id) problems.push(`the narration already uses a ${wanted} voice`);
        else sb = { ...sb, voice_id: voice.voice_id };
        break;
      }
      case 'set_avatar':
        sb = { ...sb, avatar_id: op.avatar_id };
        break;
      case 'set_orientation':
        if (sb.orientation === op.orientation) problems.push(`the video is already ${op.orientation}`);
        else sb = { ...sb, orientation: op.orientation };
        break;
      case 'set_captions':
        if (sb.captions.enabled === op.enabled) problems.push(`captions are already ${op.enabled ? 'on' : 'off'}`);
        else sb = { ...sb, captions: { ...sb.captions, enabled: op.enabled } };
        break;
      case 'set_pace': {
        const pace = Math.round(Math.min(2, Math.max(0.5, op.pace)) * 100) / 100;
        if (pace === sb.pace) problems.push(`the pace is already ${pace}`);
        else sb = { ...sb, pace };
        break;
      }
      case 'set_duration_target':
        if (!(op.seconds >= 5)) problems.push('a video must be at least 5 seconds long');
        else {
          target = Math.round(op.seconds);
          sb = { ...sb, duration_target_sec: target };
        }
        break;
      case 'revert_to_version': {
        const version = [...env.history, input].find((v) => v.version === op.version);
        if (!version) {
          const known = [...env.history, input].map((v) => v.version).join(', ');
          problems.push(`there is no version ${op.version} (versions: ${known})`);
        } else if (version.version === input.version) problems.push(`version ${op.version} is the current one`);
        else {
          sb = structuredClone(version);
          revertedTo = op.version;
        }
        break;
      }
      case 'approve':
        approved = true;
        break;
      case 'set_visual':
      case 'remove_visual':
      case 'next_visual':
      case 'prefer_visuals': {
        const result = await applyVisualEdit(sb, op, { providers: env.visuals ?? null, history: env.history, signal: env.signal ?? new AbortController().signal });
        sb = result.storyboard;
        problems.push(...result.problems);
        break;
      }
    }
    if (sb !== before || op.op === 'approve' || (op.op === 'set_duration_target' && target !== null)) applied.push(op);
  }
  progress(0.3);

  sb = keepKnownDurations(await env.measurer.storyboard(sb), [...env.history, input]);
  let durationShortfall: EditOutcome['durationShortfall'] = null;
  if (target !== null) {
    const fitted = await fitDuration(sb, {
      target,
      measurer: env.measurer,
      reserve: (env.reserve ?? []).filter((s) => !sb.scenes.some((scene) => scene.narration.includes(s))),
      ...(env.language ? { language: env.language } : {}),
      ...(env.makeScene ? { makeScene: env.makeScene } : {}),
      onProgress: (f) => progress(0.3 + 0.65 * f),
    });
    sb = fitted.storyboard;
    if (!fitted.reached) durationShortfall = { target, seconds: fitted.seconds };
  }
  const result = validateStoryboard({ ...sb, version: input.version + 1 });
  progress(1);
  const changed = JSON.stringify({ ...result, version: 0 }) !== JSON.stringify({ ...input, version: 0 });
  return { storyboard: result, approved, applied, problems, changed, durationShortfall, revertedTo };
}

/** Unchanged scenes keep their stored duration exactly (re-measuring would only re-round it). */
function keepKnownDurations(sb: Storyboard, versions: readonly Storyboard[]): Storyboard {
  const known = new Map<string, number>();
  for (const v of versions) for (const scene of v.scenes) known.set(`${v.voice_id}\u0000${v.pace}\u0000${scene.narration}`, scene.duration_sec);
  return {
    ...sb,
    scenes: sb.scenes.map((scene) => {
      const duration = known.get(`${sb.voice_id}\u0000${sb.pace}\u0000${scene.narration}`);
      return duration === undefined ? scene : { ...scene, duration_sec: duration };
    }),
  };
}

/** Total measured length, rounded for messages. */
export function roundedSeconds(sb: Storyboard): number {
  return Math.round(storyboardDuration(sb));
}
