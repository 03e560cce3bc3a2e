import type { Storyboard } from '../../storyboard/index.js';
import { keyStems, type KnownLanguage } from '../text/index.js';

const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
const cardinals: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export interface SceneReferences {
  /** Scene ids in the order they were named. */
  ids: string[];
  /** Set when a scene was named but does not exist ("there is no scene 9 …"). */
  problem: string | null;
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ordinal) return Number(ordinal[1]);
  return ordinals[w] ?? cardinals[w] ?? null;
}

const sceneNoun = '(?:scenes?|slides?|parts?|sections?|shots?|segments?|frames?|cards?)';
const num = '(\\d+|\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * The scenes a phrase names: by number ("scene 2", "the second scene", "scenes 2 and 3", "scenes 2-4"),
 * by place ("the intro", "the last scene", "the call to action", "the second to last one"), by kind
 * ("the quote", "the stat scene") or by content ("the scene about pricing", "the pricing slide").
 * Numbers are 1-based positions in the storyboard as the user sees it.
 */
export function resolveSceneReferences(phrase: string, sb: Storyboard, options: { allowContent?: boolean } = {}): SceneReferences {
  const text = phrase.toLowerCase().replace(/[“”"']/g, '').trim();
  const n = sb.scenes.length;
  const ids: string[] = [];
  let problem: string | null = null;
  const at = (position: number): void => {
    if (position < 1 || position > n) problem = `there is no scene ${position} (the storyboard has ${n} scene${n === 1 ? '' : 's'})`;
    else if (!ids.includes(sb.scenes[position - 1]!.id)) ids.push(sb.scenes[position - 1]!.id);
  };

  // "scenes 2-4", "scenes 2 to 4"
  const range = new RegExp(`${sceneNoun}\\s*#?(\\d+)\\s*(?:-|–|to|through)\\s*#?(\\d+)`).exec(text);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    for (let k = Math.min(a, b); k <= Math.max(a, b); k++) at(k);
    return { ids, problem };
  }
  // "scenes 2, 3 and 5", "scene 2", "slide #3", "scene two"
  const list = new RegExp(`${sceneNoun}\\s*(?:number\\s*|no\\.?\\s*|#\\s*)?${num}((?:\\s*(?:,|and|&|or)\\s*(?:${sceneNoun}\\s*)?#?${num})*)`, 'g');
  let match: RegExpExecArray | null;
  let found = false;
  while ((match = list.exec(text)) !== null) {
    found = true;
    const numbers = [match[1]!, ...(match[2] ?? '').split(/\s*(?:,|and|&|or)\s*/).map((p) => p.replace(new RegExp(`^${sceneNoun}\\s*#?`), '').trim()).filter(Boolean)];
    for (const word of numbers) {
      const value = numberOf(word);
      if (value !== null) at(value);
    }
  }
  // "the second scene", "the 3rd slide", "the second one", "the fourth"
  const ordinal = new RegExp(`\\b(?:the\\s+)?(\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:\\s+(?:${sceneNoun}|one))?\\b`, 'g');
  if (!found) {
    while ((match = ordinal.exec(text)) !== null) {
      const before = text.slice(0, match.index);
      // "second to last" is handled below.
      if (/^\s*(?:to|from)\s+(?:the\s+)?last/.test(text.slice(match.index + match[0].length))) continue;
      if (/\b(?:to|position|place|slot)\s*$/.test(before)) continue;
      const value = numberOf(match[1]!);
      if (value !== null) {
        found = true;
        at(value);
      }
    }
  }
  if (/\b(?:second|2nd)[\s-]+(?:to|from)[\s-]+(?:the\s+)?last\b|\bpenultimate\b|\bnext[\s-]to[\s-]last\b/.test(text)) {
    at(n - 1);
    found = true;
  }
  if (!found && /\b(?:last|final|ending|outro|closing|end)\b(?:\s+(?:scene|slide|one|part|bit|section|card))?|\bcall[\s-]to[\s-]action\b|\bcta\b|\bsign[\s-]?off\b/.test(text) && !/\bsecond\b/.test(text)) {
    const ctaIndex = /\bcall[\s-]to[\s-]action\b|\bcta\b/.test(text) ? sb.scenes.findIndex((s) => s.layout === 'cta') : -1;
    at(ctaIndex >= 0 ? ctaIndex + 1 : n);
    found = true;
  }
  if (!found && /\b(?:intro|introduction|opening|opener|hook|title (?:scene|slide|card)|beginning|start|first one)\b/.test(text)) {
    at(1);
    found = true;
  }
  if (!found && /\b(?:quote|stat|statistic|number|figure|bullet(?:s| list| points)?|list)\s*(?:scene|slide|one)?\b/.test(text) && !/\babout\b/.test(text)) {
    const kind = /quote/.test(text) ? 'quote' : /stat|number|figure/.test(text) ? 'stat' : 'bullets';
    const index = sb.scenes.findIndex((s) => s.layout === kind);
    if (index >= 0) {
      at(index + 1);
      found = true;
    }
  }
  if (!found && options.allowContent !== false) {
    const about = /\b(?:about|on|covering|discussing|mentioning|with|that talks about|where (?:we|i|you) (?:talk|say|mention)\w*(?: about)?)\s+(.+)$/.exec(text);
    const named = new RegExp(`^(?:the\\s+)?(.+?)\\s+${sceneNoun}\\b`).exec(text);
    const subject = about?.[1] ?? named?.[1] ?? null;
    if (subject) {
      const id = sceneAbout(subject, sb);
      if (id) {
        ids.push(id);
        found = true;
      } else problem = `no scene is about “${subject.trim()}”`;
    }
  }
  return { ids, problem };
}

/** The scene whose text best matches the subject, when one clearly does. */
export function sceneAbout(subject: string, sb: Storyboard): string | null {
  const wanted = new Set(keyStems(subject, sb.language.slice(0, 2) as KnownLanguage));
  if (wanted.size === 0) return null;
  let best: { id: string; score: number } | null = null;
  let second = 0;
  for (const scene of sb.scenes) {
    const words = new Set(keyStems([scene.headline ?? '', scene.narration, ...(scene.bullets ?? []), scene.stat ?? ''].join(' '), sb.language.slice(0, 2) as KnownLanguage));
    let hits = 0;
    for (const w of wanted) if ([...words].some((x) => x === w || (w.length >= 4 && (x.startsWith(w) || w.startsWith(x)) && x.length >= 4))) hits++;
    const score = hits / wanted.size + (scene.headline && keyStems(scene.headline).some((h) => wanted.has(h)) ? 0.25 : 0);
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { id: scene.id, score };
    } else if (score > second) second = score;
  }
  return best && best.score >= 0.5 && best.score > second ? best.id : null;
}
