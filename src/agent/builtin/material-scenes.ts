import { estimateNarrationSeconds, type Scene, type Storyboard } from '../../storyboard/index.js';
import { fitDuration, type SceneMeasurer } from '../duration/index.js';
import { andOrOf, ANY_AND_OR, escapeRegExp, headlineFrom, type KnownLanguage } from '../text/index.js';
import { findStat } from './find-stat.js';
import { opensWithSubjectPronoun, splitFactClauses, topicSubject } from './fact-clauses.js';
import { hasSubstance, type ParsedRequest } from './parse-request.js';
import { inlineListItems, sourceBlocks } from './source-blocks.js';
import { ensureSentence, scoreUnits, unitsFrom, type Unit } from './material-units.js';
import { SCENE_MAX_SENTENCES, scenesFrom } from './units-to-scenes.js';

const ctaPattern =
  /\b(visit|sign up|signup|subscribe|download|try it|try the|get started|learn more|contact us|join us|join the|register|order now|book a|call us|check out|follow us|start your|start today|besuchen|melden sie sich|jetzt|visitez|inscrivez|essayez|visita|regístrate|prueba)\b|(?<!\p{L})(?:téléchargez|confirmez|réservez|commandez|descarga|descárgala|descárgalo|reserva|confirma|scarica|scaricala|prenota|conferma|baixe|confirme|reserve|lade|laden sie|bestelle|buche|melde dich)(?!\p{L})/iu;
/** Without a length asked, material longer than this is summarised to DEFAULT_SUMMARY_SEC; shorter material is all used. */
const MAX_UNASKED_SEC = 75;
const DEFAULT_SUMMARY_SEC = 60;
/** Up to this many pieces of material, a video shows one sentence per scene. */
const SHORT_TEXT_UNITS = 6;

/**
 * The user's own words as material: their text (a short one with one fact per sentence, a bare run of
 * short items as a list), the points they asked to mention, and their documents. Null when there are none.
 */
export function userMaterial(parsed: ParsedRequest, documents: readonly string[], language: KnownLanguage): string | null {
  const about = topicSubject(parsed.topic) ?? (parsed.topic && parsed.topic.split(/\s+/).length <= 3 && !/^(?:our|my|the|a|an)\s/i.test(parsed.topic) ? parsed.topic : null);
  const subject = about ? about.charAt(0).toUpperCase() + about.slice(1) : null;
  // Scripts without spaces (Japanese, Chinese) keep their sentences as written: the clause rules read spaced text.
  const dense = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(parsed.content);
  const ownSentences = dense ? [] : sourceBlocks(parsed.content).flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
  // A bare list of short items ("running too fast, skipping rest days, …") becomes a list; in a list or a
  // how-to a figure is part of an item ("heat the water to 94 degrees"), elsewhere it makes a fact of its own.
  const counted = parsed.kind === 'list' || parsed.kind === 'howto';
  const ownText = parsed.content.includes('\n') || ownSentences.length === 0
    ? parsed.content
    : ownSentences.length < 4 || (ownSentences.length <= 5 && wordCount(parsed.content) <= 45)
      ? ownSentences.map((sentence) => shortTextSentence(sentence, subject, language, counted)).join(' ')
      : withFigureClauses(parsed.content, ownSentences, language);
  const mentions = parsed.mentions.flatMap((m) => splitFactClauses(m, subject, language));
  const text = [ownText, ...mentions, ...documents].filter((t) => t.trim() !== '').join('\n\n');
  return hasSubstance(text) ? text : null;
}

/** A sentence of a short text: a bare list as list lines (under its heading), else a fact per clause. */
function shortTextSentence(sentence: string, subject: string | null, language: KnownLanguage, counted: boolean): string {
  const list = bareList(sentence, language, counted);
  if (list === 'whole') return ensureSentence(sentence);
  if (!list) return splitFactClauses(sentence, subject, language).join(' ');
  const items = list.items.map((i) => `- ${i.charAt(0).toUpperCase()}${i.slice(1)}`).join('\n');
  return list.heading ? `\n\n${list.heading.charAt(0).toUpperCase()}${list.heading.slice(1)}:\n${items}\n` : `\n${items}\n`;
}

/**
 * A sentence of a longer text, split only where each clause has a figure of its own ("2 million use the beta, and
 * 94 percent rate it 5 stars"): two figures, two scenes.
 */
function figureClauses(sentence: string, language: KnownLanguage): string {
  const clauses = splitFactClauses(sentence, null, language);
  return clauses.length > 1 && clauses.every((clause) => findStat(clause, language)) ? clauses.join(' ') : sentence;
}

/** A longer text as written, unless a sentence of it holds two figures (see figureClauses). */
function withFigureClauses(content: string, sentences: readonly string[], language: KnownLanguage): string {
  const split = sentences.map((sentence) => figureClauses(sentence, language));
  return split.some((sentence, i) => sentence !== sentences[i]) ? split.join(' ') : content;
}

/** Commas and semicolons between items, with an "and"/"or" after them. */
const itemBreak = new RegExp(String.raw`\s*[;,]\s+(?:(?:${ANY_AND_OR})\s+)?`, 'u');

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * "about 18 degrees", "a unos 18 grados", "etwa 20 Minuten": a figure said after an item, which belongs to it
 * ("bloom for 30 seconds" is an item of its own: it has a verb).
 */
const trailingFigure =
  /^(?:(?:about|around|roughly|approximately|at|at least|up to|ideally|circa|ca\.|etwa|ungefähr|rund|mindestens|bis zu|environ|vers|au moins|jusqu['’]à|a|unos|unas|aproximadamente|alrededor de|cerca de|al menos|intorno a|almeno|fino a|por volta de|pelo menos|uns|umas|ongeveer|minstens)\s+){1,2}\d+(?:[.,]\d+)?(?:\s*°|\s+\p{L}+)?$/iu;
/** "then pour slowly in circles": a step's "then" is the list's order, not its words. */
const leadingThen = /^(?:(?:and\s+)?then|finally|dann|danach|zum schluss|puis|ensuite|enfin|luego|después|finalmente|poi|quindi|infine|depois|daarna|tot slot)\s+/iu;

/**
 * A bare run of short items ("running too fast, skipping rest days, …"), with the heading that a colon sets
 * before them ("three tips to sleep better: go to bed …, avoid screens … and keep the room cool"), or null. In a
 * counted list or a how-to (`counted`) a figure is part of an item ("heat the water to 94 degrees") and items may
 * run longer; elsewhere a figure makes a fact of its own. 'whole': one clause and its objects, to keep as written.
 */
function bareList(sentence: string, language: KnownLanguage, counted: boolean): { heading: string | null; items: string[] } | 'whole' | null {
  if (inlineListItems(sentence)) return null;
  const headed = /^([^:]{3,80}):\s+(.+)$/u.exec(sentence);
  const heading = headed && counted && headed[1]!.split(/\s+/).length <= 8 ? headed[1]!.trim() : null;
  const body = heading ? headed![2]! : sentence;
  const pieces = body.replace(/[.!]+$/, '').split(itemBreak).map((p) => p.trim().replace(leadingThen, '')).filter(Boolean);
  // "…, keep the room cool, about 18 degrees": the figure stays with its item.
  const parts = pieces.reduce<string[]>((out, piece) => {
    if (out.length > 0 && trailingFigure.test(piece)) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
    return out;
  }, []);
  // "…, fix leaks and water plants at night": the last two items joined by the language's "and" or "or"
  // without a comma ("en" joins in Dutch but is "in" in Spanish: "lavar la ropa en frío" is one item).
  const joined = andOrOf(language);
  const lastIndex = parts.length - 1;
  const lastItem = parts.length >= 2 ? parts[lastIndex]! : '';
  const joints = [...lastItem.matchAll(new RegExp(`\\s+(?:${joined})\\s+`, 'giu'))];
  const joint = joints.find((m) => [lastItem.slice(0, m.index), lastItem.slice(m.index + m[0].length)].every((half) => half.split(/\s+/).length >= 2));
  if (joint) parts.splice(lastIndex, 1, lastItem.slice(0, joint.index), lastItem.slice(joint.index + joint[0].length));
  // "It grinds beans fresh, brews a cup in 40 seconds and cleans itself": what one thing does is a list of
  // features even with a figure in it; the subject comes off the first ("Grinds beans fresh").
  // "You can pay with your phone, split bills … and see …": what a person can do with it, likewise.
  const subject = language.startsWith('en')
    ? /^(?:it|they|this|(?:our|the|your)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?=[a-z]+s\b)|^(?:you|users|customers)\s+(?:can|will be able to|get to)\s+(?=[a-z]+\b)/i.exec(parts[0] ?? '')
    : null;
  const verbForm = subject && /^(?:you|users|customers)\s/i.test(subject[0]) ? /^[a-z]+\b/ : /^[a-z]+s\b/;
  const features = subject !== null && parts.length >= 3 && parts.slice(1).every((p) => verbForm.test(p) && !opensWithSubjectPronoun(p));
  if (features) parts[0] = parts[0]!.slice(subject[0].length);
  // "Sie öffnet am Montag, dem 12. Januar, um 11:30 Uhr": a sentence whose commas set off when and where.
  else if (opensWithSubjectPronoun(parts[0] ?? '')) return null;
  // "The shop sells fresh bread, sweet cakes and hot coffee": one clause and the rest of its objects, not items.
  else if (!counted && parts.length >= 3 && wordCount(parts[0] ?? '') >= 4 && parts.slice(1).every((p) => wordCount(p) <= 3)) return 'whole';
  const longest = counted ? 14 : 8;
  const listed = parts.length >= (heading ? 2 : 3) && parts.every((p) => p.split(/\s+/).length <= longest) && (counted || features || !findStat(sentence, language));
  return listed ? { heading, items: parts } : null;
}

/** The first line of a text with no sentence to lead with (only a heading): it is said on the title card. */
function title0(heading: string | null, text: string): string {
  return heading ?? text.trim().split('\n')[0]!.slice(0, 200);
}

export interface MaterialOptions {
  language: KnownLanguage;
  target: number | null;
  measurer: SceneMeasurer;
  onProgress: (fraction: number) => void;
  /** The title when the material has no heading, from the request's topic or the material's first sentence. */
  titleFor: (firstSentence: string) => string;
  /** The request's topic said as a sentence, for the title card when the material does not open with a sentence of its own. */
  topicLine: string | null;
}

function plainScene(id: string, layout: Scene['layout'], narration: string, headline: string): Scene {
  return { id, layout, narration, headline: headline.slice(0, 300), presenter: 'none', transition: 'fade', duration_sec: 0 };
}

/** The closing line: the one the user asked for, or a call to action near the end of a longer text; else none. */
function takeClosing(units: Unit[], parsed: ParsedRequest, extractive: boolean): string | null {
  if (parsed.cta) return parsed.cta;
  // A short text's last sentence closes it when it is a call to action ("Téléchargez-la gratuitement …").
  const last = units[units.length - 1];
  // It opens with the call ("Download it today"), unlike a notice that mentions one ("Die Kantine ist jetzt offen").
  if (!extractive && units.length >= 2 && last?.kind === 'sentence' && ctaPattern.exec(last.sentences[0]!)?.index === 0) return units.pop()!.sentences[0]!;
  if (!extractive) return null;
  for (let i = units.length - 1; i >= Math.floor(units.length * 0.6); i--) {
    const unit = units[i]!;
    if (unit.kind === 'sentence' && ctaPattern.test(unit.sentences[0]!)) {
      units.splice(i, 1);
      return unit.sentences[0]!;
    }
  }
  return null;
}

/**
 * A storyboard made only of the user's material, in its order: a title card (the material's first sentence,
 * or the topic as the user put it), a scene per point, list or figure, and a closing only when there is one.
 * With no length asked the length follows the material (a long text is summarised to a minute); a length
 * asked for is reached by leaving out the least important points, never by adding words or slowing the voice.
 */
export async function materialStoryboard(
  text: string,
  parsed: ParsedRequest,
  base: Storyboard,
  options: MaterialOptions,
): Promise<{ storyboard: Storyboard; shortfall: { target: number; seconds: number } | null }> {
  const { language, measurer } = options;
  const extracted = unitsFrom(text, { language, ordered: parsed.kind === 'list' || parsed.kind === 'howto' });
  const units = [...extracted.units];
  const extractive = units.reduce((n, u) => n + u.sentences.length, 0) >= 4;
  let closing = takeClosing(units, parsed, extractive);
  // A text that opens with a list opens the video with it: no later sentence jumps ahead to the title card.
  // An article that opens with a figure ("Bees pollinate a third of the crops we eat") opens the video with it too.
  const opensWithFigure = extractive && units[0]?.kind === 'sentence' && units[0].layout === 'stat';
  const leadIndex = units[0]?.kind === 'list' ? -1 : opensWithFigure ? 0 : units.findIndex((u) => u.kind === 'sentence' && u.layout === 'presenter');
  const useTopic = options.topicLine !== null && (leadIndex !== 0 || !extractive);
  let lead: string;
  if (useTopic) lead = options.topicLine!;
  else if (leadIndex >= 0) lead = units.splice(leadIndex, 1)[0]!.sentences[0]!;
  else if (units.length > 0) {
    const first = units[0]!;
    lead = ensureSentence(first.heading ?? extracted.firstHeading ?? headlineFrom(first.sentences[0]!, 7, language));
    // A list's intro that the title card says ("Three tips to sleep better.") is not said again over the list.
    if (first.kind === 'list' && first.sentences.length > first.bullets.length && first.sentences[0] === lead) first.sentences = first.sentences.slice(1);
    // Nor the heading of an inline list ("Notre application … est disponible : mode hors ligne, …").
    const said = lead.replace(/[.!?]$/, '');
    const inline = first.kind === 'list' && first.sentences.length === 1 ? new RegExp(`^${escapeRegExp(said)}\\s*:\\s*(.+)$`, 'u').exec(first.sentences[0]!) : null;
    if (inline) first.sentences = [`${inline[1]!.charAt(0).toUpperCase()}${inline[1]!.slice(1)}`];
  } else if (closing) {
    lead = closing;
    closing = null;
  } else lead = ensureSentence(title0(extracted.firstHeading, text));
  const title = (extracted.firstHeading ?? options.titleFor(lead)).slice(0, 200);
  scoreUnits(units, parsed.topic ?? title, language);

  const hookSeconds = await measurer.seconds(lead, base.voice_id, 1);
  const ratio = Math.min(2, Math.max(0.5, hookSeconds / Math.max(0.2, estimateNarrationSeconds(lead))));
  options.onProgress(0.15);
  for (const unit of units) unit.seconds = unit.sentences.reduce((n, s) => n + estimateNarrationSeconds(s) * ratio, 0);
  const padding = (u: Unit): number => (u.layout === 'presenter' ? 0.35 : 0.7);
  const fixedSeconds = hookSeconds + 0.7 + (closing ? estimateNarrationSeconds(closing) * ratio + 0.7 : 0);
  const allSeconds = fixedSeconds + units.reduce((n, u) => n + u.seconds + padding(u), 0);
  const target = options.target ?? (allSeconds > MAX_UNASKED_SEC ? DEFAULT_SUMMARY_SEC : null);
  const chosen = new Set<Unit>(target === null ? units : []);
  if (target !== null) {
    let running = fixedSeconds;
    for (const unit of [...units].sort((a, b) => b.score - a.score || a.order - b.order)) {
      if (running + unit.seconds + padding(unit) > target * 1.02) continue;
      chosen.add(unit);
      running += unit.seconds + padding(unit);
    }
  }
  let counter = 1;
  const nextId = (): string => `s${++counter}`;
  const kept = units.filter((u) => chosen.has(u));
  // A short text gives each sentence its own scene (its own headline and picture); a longer one pairs them.
  const body = scenesFrom(kept, language, nextId, title, kept.length <= SHORT_TEXT_UNITS ? 1 : SCENE_MAX_SENTENCES);
  const scenes = [
    plainScene('s1', 'title', lead, title),
    ...body,
    ...(closing ? [plainScene(nextId(), 'cta', closing, headlineFrom(closing.replace(/^(?:if|when|once|wenn|falls)\b[^,]*,\s*/i, ''), 6, language))] : []),
  ];
  let storyboard = await measurer.storyboard({ ...base, title, scenes });
  options.onProgress(0.3);
  if (target === null) return { storyboard, shortfall: null };
  // Only the user's own sentences left out above may come back; nothing else is added.
  const reserve = units.filter((u) => !chosen.has(u) && u.kind === 'sentence' && u.layout === 'presenter').map((u) => u.sentences[0]!);
  const fitted = await fitDuration(storyboard, { target, measurer, reserve, language, onProgress: (f) => options.onProgress(0.3 + 0.7 * f) });
  storyboard = fitted.storyboard;
  return { storyboard, shortfall: !fitted.reached && options.target !== null ? { target, seconds: fitted.seconds } : null };
}
