import type { Scene, SceneVisual, Storyboard } from '../storyboard/index.js';
import { chartLabels } from './charts/chart-labels.js';
import { extractChart } from './charts/extract-chart.js';
import { extractPlaces } from './charts/extract-places.js';
import {
  ILLUSTRATION_ATTRIBUTION,
  ILLUSTRATION_LICENCE,
  ILLUSTRATION_PROVIDER,
  IllustrationIndex,
  type IllustrationMatch,
} from './library/illustration-index.js';
import { bulletIcons } from './bullet-icons.js';
import { productNames, withoutNames, type PictureSearch } from './library/without-names.js';

/** Pictures for scenes whose words match nothing: chosen by what the scene does. */
const layoutFallbacks: Record<Scene['layout'], readonly string[]> = {
  title: ['sparkles', 'light-bulb', 'rocket', 'glowing-star'],
  presenter: ['light-bulb', 'speech-balloon', 'books', 'magnifying-glass-tilted-left'],
  bullets: ['clipboard', 'memo', 'spiral-notepad', 'pushpin'],
  media: ['framed-picture', 'camera'],
  quote: ['speech-balloon', 'left-speech-bubble'],
  stat: ['bar-chart', 'chart-increasing'],
  cta: ['backhand-index-pointing-right', 'rocket', 'party-popper', 'star'],
};

/** How much a scene's own words count against the words of the whole video (which keep pictures on topic). */
const WEIGHT = { headline: 2.5, narration: 1, topic: 0.35 } as const;

/**
 * Gives every scene without a visual one: the user's media where the scene has it, a chart where its words
 * carry figures, else an illustration chosen by the scene's meaning (headline first, then narration, then the
 * video's topic), never the same one twice in a video, with a line icon per bullet. Visuals already chosen (by
 * a language model, by the user) are kept.
 */
export function assignVisuals(storyboard: Storyboard): Storyboard {
  const index = pictureSearch(storyboard);
  const used = usedIllustrations(storyboard);
  const topic = topicScores(storyboard, index);
  const scenes = [...storyboard.scenes];
  // Scenes whose own words name a picture choose next, so one that fills in from the video's topic does not
  // take the picture a later scene names ("free to download" keeps its tray).
  const own = storyboard.scenes.map((scene) => index.search(`${scene.headline ?? ''}\n${scene.narration}`, { limit: 1 })[0] ?? null);
  const ownScore = own.map((match) => match?.score ?? 0);
  // The title card's hero picture is chosen first all the same.
  const rank = (i: number): number => (scenes[i]!.layout === 'title' ? Infinity : ownScore[i]!);
  const order = scenes.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || a - b);
  for (const i of order) {
    const scene = scenes[i]!;
    // A scene the user asked to show without a picture stays without one.
    if (scene.visual || scene.no_visual) continue;
    // The video's topic does not fill a scene with the picture another scene names itself (the title's hero aside).
    const named = scene.layout === 'title' ? new Set<string>() : new Set(own.flatMap((match, j) => (match && j !== i ? [match.id] : [])));
    const visual = chooseVisual(scene, storyboard.language, index, topic, used, named);
    if (visual) scenes[i] = { ...scene, visual };
  }
  return { ...storyboard, scenes };
}

/**
 * The library illustration that best fits one scene, leaving out every illustration the video already shows and
 * `exclude` (the pictures a "different picture" request has seen on that scene). Never a chart.
 */
export function illustrationVisualFor(storyboard: Storyboard, sceneIndex: number, exclude: ReadonlySet<string> = new Set()): SceneVisual {
  const scene = storyboard.scenes[sceneIndex]!;
  const index = pictureSearch(storyboard);
  const used = new Set([...usedIllustrations(storyboard), ...exclude]);
  const illustration = pickIllustration(scene, index, topicScores(storyboard, index), used);
  return illustrationVisual(scene, illustration, index, storyboard.language);
}

/**
 * The illustration a person named for a scene: by its library id ("honeybee", "beach with umbrella"), else the
 * best keyword match for the words in the scene's language; null when nothing in the library matches.
 */
export function illustrationVisualNamed(storyboard: Storyboard, sceneIndex: number, query: string, exclude: ReadonlySet<string> = new Set()): SceneVisual | null {
  const scene = storyboard.scenes[sceneIndex]!;
  const index = IllustrationIndex.for(storyboard.language);
  const id = query.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const match: IllustrationMatch | undefined = IllustrationIndex.has(id)
    ? { id, score: 1, keywords: [query.trim()] }
    : (index.search(query, { exclude, limit: 1 })[0] ?? IllustrationIndex.for('en').search(query, { exclude, limit: 1 })[0]);
  return match ? { ...illustrationVisual(scene, match, index, storyboard.language), query: query.trim().slice(0, 300) } : null;
}

/** A chart of the scene's own figures, or null when its words carry none. */
export function chartVisualFor(scene: Scene, language: string): SceneVisual | null {
  return chartFor(scene, language);
}

/** The library in the video's language, reading past its product and company names ("Acme Notes" is no musical note). */
function pictureSearch(storyboard: Storyboard): PictureSearch {
  const index = IllustrationIndex.for(storyboard.language);
  return withoutNames(index, productNames(storyboard.scenes.map((s) => s.narration), storyboard.language, index));
}

function usedIllustrations(storyboard: Storyboard): Set<string> {
  return new Set(storyboard.scenes.flatMap((s) => (s.visual?.source?.provider === ILLUSTRATION_PROVIDER ? [s.visual.source.id] : [])));
}

/**
 * What the whole video is about: from every scene's words, and from its title and headlines alone. `fillers` are
 * the pictures that may fill a scene from them: each the best of the video for some word it matches, never a
 * runner-up of a word already drawn ("fuoco" is a fire, not also a fire extinguisher on the next scene).
 */
interface Topic {
  all: Map<string, number>;
  headlines: Map<string, number>;
  fillers: Set<string>;
}

function topicScores(storyboard: Storyboard, index: PictureSearch): Topic {
  const topicText = [storyboard.title, ...storyboard.scenes.map((s) => `${s.headline ?? ''} ${s.narration}`)].join('\n');
  const headlines = [storyboard.title, ...storyboard.scenes.map((s) => s.headline ?? '')].join('\n');
  const all = index.search(topicText, { limit: 40 });
  const byHeadlines = index.search(headlines, { limit: 40 });
  return { all: scoreMap(all), headlines: scoreMap(byHeadlines), fillers: new Set([...bestPerWord(all), ...bestPerWord(byHeadlines)]) };
}

/** The ids of the best-scoring match for each word matched (matches come best first). */
function bestPerWord(matches: readonly IllustrationMatch[]): string[] {
  const best = new Map<string, string>();
  for (const match of matches) for (const word of match.keywords) if (!best.has(word)) best.set(word, match.id);
  return [...best.values()];
}

function chooseVisual(scene: Scene, language: string, index: PictureSearch, topic: Topic, used: Set<string>, namedElsewhere: ReadonlySet<string>): SceneVisual | null {
  if (scene.media) return { kind: 'user_media', source: { provider: 'asset', id: scene.media.asset_id } };
  // A list whose items are not all figures is a list ("heat the water to 94 degrees" is a step, not a chart).
  const listOfSteps = scene.layout === 'bullets' && !(scene.bullets ?? []).every((bullet) => /\d/.test(bullet));
  const chart = scene.layout === 'title' || scene.layout === 'cta' || listOfSteps ? null : chartFor(scene, language);
  if (chart) return chart;
  const illustration = pickIllustration(scene, index, topic, used, namedElsewhere);
  used.add(illustration.id);
  return illustrationVisual(scene, illustration, index, language);
}

function illustrationVisual(scene: Scene, illustration: IllustrationMatch, index: PictureSearch, language: string): SceneVisual {
  return {
    kind: 'illustration',
    query: illustration.keywords.slice(0, 3).join(', ') || undefined,
    source: { provider: ILLUSTRATION_PROVIDER, id: illustration.id },
    bullet_icons: scene.bullets?.length ? bulletIcons(scene.bullets, index, language) : undefined,
    attribution: ILLUSTRATION_ATTRIBUTION,
    licence: ILLUSTRATION_LICENCE,
  };
}

function chartFor(scene: Scene, language: string): SceneVisual | null {
  const text = [scene.stat, scene.headline, scene.narration].filter(Boolean).join('. ');
  const extracted = extractChart(text, chartLabels(language));
  // "320 grammi di spaghetti, 150 grammi di guanciale": amounts of different things under one unit compare nothing.
  const comparable = extracted && !(extracted.items.length >= 2 && new Set(extracted.items.map((i) => i.label.toLowerCase())).size === 1);
  const chart = (comparable ? extracted : null) ?? extractPlaces(scene.narration);
  return chart ? { kind: 'chart', query: chart.items.map((i) => i.label || i.value).join(', ').slice(0, 300), chart } : null;
}

function pickIllustration(scene: Scene, index: PictureSearch, topics: Topic, used: Set<string>, namedElsewhere: ReadonlySet<string> = new Set()): IllustrationMatch {
  // A list's items get an icon each: its picture stands for the list as a whole (its headline and the video's
  // headlines), not for its first item.
  const list = scene.layout === 'bullets';
  const topic = list ? topics.headlines : topics.all;
  // Searched once without the pictures already used, which are then left out (a list asks whether its headline names any).
  const headlineAll = index.search(scene.headline ?? '', { limit: 20 + used.size });
  const headlineMatches = headlineAll.filter((m) => !used.has(m.id)).slice(0, 20);
  const narration = index.search(scene.narration, { exclude: used, limit: 20 });
  const headline = scoreMap(headlineMatches);
  const candidates = new Map<string, IllustrationMatch>();
  for (const match of [...headlineMatches, ...narration]) candidates.set(match.id, match);
  // The video's own topic fills in where a scene's words are thin (a closing line, a short bullet scene); a
  // closing scene keeps its own kind of picture unless its headline names one.
  if (scene.layout !== 'cta' || headlineMatches.length > 0) {
    for (const [id, score] of topic) if (topics.fillers.has(id) && !used.has(id) && !candidates.has(id) && !namedElsewhere.has(id)) candidates.set(id, { id, score, keywords: [] });
  }
  // A list whose headline names a picture (even one the video already shows) takes another picture of its
  // headline, the video's, or a list's own (a memo), never one of a single item ("bere acqua" is no study tip).
  const headlineNamed = list && headlineAll.length > 0;
  const narrationWeight = headlineNamed ? 0 : list ? WEIGHT.narration * 0.25 : WEIGHT.narration;
  let best: IllustrationMatch | null = null;
  let bestScore = 0;
  for (const match of candidates.values()) {
    const narrationScore = narration.find((m) => m.id === match.id)?.score ?? 0;
    if (scene.layout === 'cta' && !headline.has(match.id)) continue;
    const score = WEIGHT.headline * (headline.get(match.id) ?? 0) + narrationWeight * narrationScore + WEIGHT.topic * (topic.get(match.id) ?? 0);
    if (score > bestScore) [best, bestScore] = [match, score];
  }
  if (best) return best;
  const fallback =
    layoutFallbacks[scene.layout].find((id) => !used.has(id) && IllustrationIndex.has(id)) ??
    Object.values(layoutFallbacks).flat().find((id) => !used.has(id) && IllustrationIndex.has(id)) ??
    layoutFallbacks[scene.layout][0]!;
  return { id: fallback, score: 0, keywords: [] };
}

function scoreMap(matches: readonly IllustrationMatch[]): Map<string, number> {
  return new Map(matches.map((m) => [m.id, m.score]));
}
