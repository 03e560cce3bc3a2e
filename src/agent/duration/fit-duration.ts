import { estimateNarrationSeconds, nextSceneId, storyboardDuration, SCENE_PADDING_SEC, type Scene, type Storyboard } from '../../storyboard/index.js';
import { headlineFrom, scoreSentences, splitSentences, type KnownLanguage } from '../text/index.js';
import { headingFromSentence } from '../language/index.js';
import type { SceneMeasurer } from './scene-measurer.js';

/** fitDuration never lowers the pace; kept for callers that clamp a pace the user set. */
export const MIN_FIT_PACE = 0.85;
export const MAX_FIT_PACE = 1.15;

export interface FitDurationOptions {
  target: number;
  measurer: SceneMeasurer;
  /**
   * Material that may be added when the video is too short, in the order it should appear: sentences
   * (joined to the last body scene or made into a scene) and whole sections (always a scene of their own).
   */
  reserve?: readonly ReserveItem[];
  language?: KnownLanguage;
  /** Makes the scene for a reserve sentence that does not fit into an existing scene. */
  makeScene?: (sentence: string, id: string) => Scene;
  onProgress?: (fraction: number) => void;
}

/** A whole scene's worth of spare narration, with its headline. */
export interface ReserveScene {
  heading: string;
  narration: string;
}

export type ReserveItem = string | ReserveScene;

export interface FitDurationResult {
  storyboard: Storyboard;
  /** The measured length, and whether it is within ±10 % of the target. */
  seconds: number;
  reached: boolean;
}

/** A piece that can be taken out: one sentence of a scene, or a whole single-purpose scene. */
interface Removal {
  sceneIndex: number;
  sentenceIndex: number | null;
  score: number;
}

const AIM = 0.04;
const ACCEPT = 0.1;

function isFixed(storyboard: Storyboard, index: number): boolean {
  const scene = storyboard.scenes[index]!;
  return (index === 0 && scene.layout === 'title') || (index === storyboard.scenes.length - 1 && scene.layout === 'cta');
}

/** The scene without sentence `i`, keeping bullets aligned with the sentences they were made from. */
function withoutSentence(scene: Scene, i: number, language: KnownLanguage): Scene | null {
  const sentences = splitSentences(scene.narration);
  const rest = sentences.filter((_, k) => k !== i);
  if (rest.length === 0) return null;
  const next: Scene = { ...scene, narration: rest.join(denseScript.test(scene.narration) ? '' : ' ') };
  // A headline made from the sentence that goes would show words nobody says: make it from the new first one.
  if (i === 0 && scene.headline && madeFrom(scene.headline, sentences[0]!)) {
    next.headline = (denseScript.test(rest[0]!) ? headingFromSentence(rest[0]!, 32) : headlineFrom(rest[0]!, 7, language)).slice(0, 300);
  }
  if (scene.bullets && scene.bullets.length > 0) {
    const offset = sentences.length - scene.bullets.length;
    const bulletIndex = i - offset;
    if ((offset === 0 || offset === 1) && bulletIndex >= 0) {
      next.bullets = scene.bullets.filter((_, k) => k !== bulletIndex);
      // One bullet is not a list: the scene becomes a plain one, its narration unchanged.
      if (next.bullets.length < 2) {
        delete next.bullets;
        next.layout = 'presenter';
      }
    }
  }
  return next;
}

/** Scripts written without spaces between words: sentences join with nothing between them. */
const denseScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether a headline is the start of a sentence (as headlineFrom and headingFromSentence make them). */
function madeFrom(headline: string, sentence: string): boolean {
  const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const head = bare(headline);
  return head.length > 0 && bare(sentence).startsWith(head);
}

function defaultScene(sentence: string, id: string, language: KnownLanguage): Scene {
  return { id, layout: 'presenter', narration: sentence, headline: headlineFrom(sentence, 7, language), presenter: 'none', transition: 'fade', duration_sec: 0 };
}

/**
 * Brings a storyboard's measured length towards a target (within ±10 %, aiming for ±4 %). Too long: drops
 * the least important sentences or scenes (never the title or the closing call to action), then speeds the
 * voice up to 1.15×. Too short: adds reserve sentences (the user's own, left out earlier), and nothing
 * else: it never slows the voice and never adds words to fill time, so a video asked to be shorter is
 * never stretched back to fill what a removed scene left. Every scene's duration_sec ends up measured.
 */
export async function fitDuration(input: Storyboard, options: FitDurationOptions): Promise<FitDurationResult> {
  const { target, measurer } = options;
  const language = options.language ?? 'en';
  const reserve = [...(options.reserve ?? [])];
  const progress = options.onProgress ?? (() => {});
  let sb = await measurer.storyboard(input);
  const startGap = Math.max(1e-6, Math.abs(storyboardDuration(sb) - target));

  // Progress never goes back, even when a step briefly widens the gap.
  let reported = 0;
  const report = (): void => {
    reported = Math.max(reported, Math.min(0.95, 1 - Math.abs(storyboardDuration(sb) - target) / startGap));
    progress(reported);
  };

  let lastDirection = 0;
  let flips = 0;
  for (let iteration = 0; iteration < 80; iteration++) {
    const total = storyboardDuration(sb);
    if (Math.abs(total - target) <= target * AIM) break;
    const direction = total > target ? -1 : 1;
    // Adding then removing the same material forever helps nobody.
    if (lastDirection !== 0 && direction !== lastDirection && ++flips >= 2) break;
    lastDirection = direction;
    if (total > target) {
      const next = await shrinkOnce(sb, target, measurer, language);
      if (!next) break;
      sb = next;
    } else {
      const next = await growOnce(sb, target, measurer, reserve, language, options.makeScene, options.reserve ?? []);
      if (!next) break;
      sb = next;
    }
    report();
  }

  // Last resort when still too long: a faster voice, within a range that still sounds natural. Never slower.
  for (let round = 0; round < 3 && storyboardDuration(sb) > target * (1 + AIM); round++) {
    const total = storyboardDuration(sb);
    if (Math.abs(total - target) <= target * AIM) break;
    const spoken = total - sb.scenes.length * SCENE_PADDING_SEC;
    const wanted = target - sb.scenes.length * SCENE_PADDING_SEC;
    if (spoken <= 0 || wanted <= 0) break;
    const pace = Math.min(Math.max(MAX_FIT_PACE, sb.pace), Math.max(MIN_FIT_PACE, sb.pace, Math.round(sb.pace * (spoken / wanted) * 100) / 100));
    if (pace <= sb.pace) break;
    sb = await measurer.storyboard({ ...sb, pace });
  }

  // Still too long with only the title and closing left: shorten those to their first sentence.
  if (storyboardDuration(sb) > target * (1 + ACCEPT)) {
    const scenes: Scene[] = [];
    for (const scene of sb.scenes) {
      const first = splitSentences(scene.narration)[0];
      scenes.push(first && first !== scene.narration ? await measurer.scene({ ...scene, narration: first }, sb) : scene);
    }
    sb = { ...sb, scenes };
  }
  progress(1);
  const seconds = storyboardDuration(sb);
  return { storyboard: sb, seconds, reached: Math.abs(seconds - target) <= target * ACCEPT };
}

function removals(sb: Storyboard, language: KnownLanguage): Removal[] {
  const all: { sceneIndex: number; sentenceIndex: number; text: string }[] = [];
  sb.scenes.forEach((scene, sceneIndex) => {
    splitSentences(scene.narration).forEach((text, sentenceIndex) => all.push({ sceneIndex, sentenceIndex, text }));
  });
  const scores = scoreSentences(all.map((a) => a.text), { topic: sb.title, language });
  const out: Removal[] = [];
  const perScene = new Map<number, number[]>();
  all.forEach((a, k) => perScene.set(a.sceneIndex, [...(perScene.get(a.sceneIndex) ?? []), scores[k]!]));
  sb.scenes.forEach((scene, sceneIndex) => {
    if (isFixed(sb, sceneIndex)) return;
    const sceneScores = perScene.get(sceneIndex) ?? [0];
    const single = scene.layout === 'stat' || scene.layout === 'quote' || scene.layout === 'media' || sceneScores.length <= 1;
    if (single) {
      out.push({ sceneIndex, sentenceIndex: null, score: Math.max(...sceneScores) });
    } else {
      sceneScores.forEach((score, sentenceIndex) => out.push({ sceneIndex, sentenceIndex, score }));
    }
  });
  return out;
}

async function shrinkOnce(sb: Storyboard, target: number, measurer: SceneMeasurer, language: KnownLanguage): Promise<Storyboard | null> {
  const total = storyboardDuration(sb);
  const options = removals(sb, language).map((r) => {
    const scene = sb.scenes[r.sceneIndex]!;
    let saved: number;
    if (r.sentenceIndex === null) saved = scene.duration_sec;
    else {
      const sentences = splitSentences(scene.narration);
      const share = estimateNarrationSeconds(sentences[r.sentenceIndex]!) / Math.max(0.1, estimateNarrationSeconds(scene.narration));
      saved = (scene.duration_sec - SCENE_PADDING_SEC) * share;
    }
    return { ...r, predicted: total - saved };
  });
  if (options.length === 0) return null;
  const safe = options.filter((o) => o.predicted >= target * (1 - AIM));
  let choice = safe.length > 0 ? safe.reduce((a, b) => (b.score < a.score ? b : a)) : null;
  if (!choice) {
    const closest = options.reduce((a, b) => (Math.abs(b.predicted - target) < Math.abs(a.predicted - target) ? b : a));
    if (Math.abs(closest.predicted - target) >= Math.abs(total - target)) return null;
    choice = closest;
  }
  const scenes = [...sb.scenes];
  const scene = scenes[choice.sceneIndex]!;
  const edited = choice.sentenceIndex === null ? null : withoutSentence(scene, choice.sentenceIndex, language);
  if (edited) scenes[choice.sceneIndex] = await measurer.scene(edited, sb);
  else scenes.splice(choice.sceneIndex, 1);
  return { ...sb, scenes };
}

async function growOnce(
  sb: Storyboard,
  target: number,
  measurer: SceneMeasurer,
  reserve: ReserveItem[],
  language: KnownLanguage,
  makeScene: FitDurationOptions['makeScene'],
  /** The reserve as first given, so sections already placed are still known. */
  allReserve: readonly ReserveItem[],
): Promise<Storyboard | null> {
  const total = storyboardDuration(sb);
  const lastBody = sb.scenes.length - (sb.scenes[sb.scenes.length - 1]?.layout === 'cta' ? 2 : 1);
  const host = lastBody >= 0 && !isFixed(sb, lastBody) ? sb.scenes[lastBody]! : null;
  // A section is a scene of its own: loose sentences never join it.
  const sections = new Set(allReserve.flatMap((r) => (typeof r === 'string' ? [] : [r.narration])));
  const canJoin = host !== null && host.layout === 'presenter' && splitSentences(host.narration).length < 3 && !sections.has(host.narration);
  // Try the next few reserve sentences, in order, for one that does not overshoot more than we are short.
  for (let k = 0; k < Math.min(reserve.length, 4); k++) {
    const item = reserve[k]!;
    const section = typeof item === 'string' ? null : item;
    const sentence = typeof item === 'string' ? item : item.narration;
    const joins = canJoin && section === null;
    const ratio = host ? (host.duration_sec - SCENE_PADDING_SEC) / Math.max(0.1, estimateNarrationSeconds(host.narration, sb.pace)) : 1;
    const added = estimateNarrationSeconds(sentence, sb.pace) * (Number.isFinite(ratio) && ratio > 0 ? ratio : 1) + (joins ? 0 : SCENE_PADDING_SEC);
    // Overshooting by more than we are short is worse, unless we are so short the pace cannot make up for it.
    // A sentence that overshoots a little still helps: a slightly faster voice (up to MAX_FIT_PACE) takes it back.
    if (Math.abs(total + added - target) >= Math.abs(total - target) && total >= target * 0.8 && total + added > target * 1.12) continue;
    reserve.splice(k, 1);
    const scenes = [...sb.scenes];
    if (joins && host) {
      scenes[lastBody] = await measurer.scene({ ...host, narration: `${host.narration} ${sentence}` }, sb);
    } else {
      const id = nextSceneId(sb);
      const scene = section
        ? { ...defaultScene(sentence, id, language), headline: section.heading.slice(0, 300) }
        : makeScene
          ? makeScene(sentence, id)
          : defaultScene(sentence, id, language);
      scenes.splice(lastBody + 1, 0, await measurer.scene(scene, sb));
    }
    return { ...sb, scenes };
  }
  return null;
}
