import { isDateOrTime, PERCENT_WORDS } from '../../visuals/index.js';
import { ANY_AND, ANY_BUT, headlineFrom, type KnownLanguage } from '../text/index.js';

/** A figure worth showing big, and a label that reads well after it ("40%" · "decline in honey bee colonies"). */
export interface StatFigure {
  stat: string;
  label: string;
}

const fractions: Record<string, string> = { half: '1/2', third: '1/3', quarter: '1/4', fifth: '1/5', tenth: '1/10', 'two thirds': '2/3', 'three quarters': '3/4' };
const smallNumbers: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const scale: Record<string, string> = { thousand: 'K', k: 'K', million: 'M', m: 'M', millionen: ' Mio.', millions: 'M', millones: 'M', billion: 'B', bn: 'B', milliarden: ' Mrd.', milliards: 'Md', trillion: 'T' };
const currencyWord: Record<string, string> = { dollars: '$', dollar: '$', euros: '€', euro: '€', pounds: '£', yen: '¥' };
/** "have declined by 40%" → "decline in …". */
const changeNouns: Record<string, string> = {
  declined: 'decline', decline: 'decline', declining: 'decline', dropped: 'drop', fallen: 'fall', fell: 'fall', shrunk: 'drop', shrank: 'drop',
  decreased: 'decrease', grown: 'growth', grew: 'growth', risen: 'rise', rose: 'rise', increased: 'increase', jumped: 'jump', climbed: 'rise',
  improved: 'improvement', rises: 'rise', rise: 'rise', falls: 'fall', grows: 'growth', drops: 'drop', increases: 'increase', decreases: 'decrease', declines: 'decline', cut: 'cut', reduced: 'reduction', gesunken: 'Rückgang', gestiegen: 'Anstieg', zurückgegangen: 'Rückgang',
};

const num = String.raw`\d+(?:[.,]\d+)*`;
const patterns: { re: RegExp; figure: (m: RegExpExecArray) => string }[] = [
  // 40%, 40 percent, 40 Prozent
  { re: new RegExp(String.raw`(${num})\s?(?:${PERCENT_WORDS})(?!\p{L})`, 'giu'), figure: (m) => `${m[1]}%` },
  // $2.5 million, €12M, 12 million euros
  { re: new RegExp(String.raw`([$€£¥])\s?(${num})(?:\s?(thousand|million|billion|trillion|bn|k|m)(?!\p{L}))?`, 'giu'), figure: (m) => `${m[1]}${m[2]}${m[3] ? scale[m[3].toLowerCase()] : ''}` },
  { re: new RegExp(String.raw`(${num})\s(thousand|million|billion|trillion|millionen|milliarden|millions|milliards|millones)(?:\s(dollars?|euros?|pounds|yen))?(?!\p{L})`, 'giu'), figure: (m) => `${m[3] ? currencyWord[m[3].toLowerCase()] : ''}${m[1]}${scale[m[2]!.toLowerCase()]}` },
  { re: new RegExp(String.raw`(${num})\s?(?:€|euros?|dollars?)(?!\p{L})`, 'giu'), figure: (m) => (/€|euro/i.test(m[0]) ? `€${m[1]}` : `$${m[1]}`) },
  // 3x faster, three times
  { re: new RegExp(String.raw`(${num})\s?(?:x|×)(?!\p{L})`, 'giu'), figure: (m) => `${m[1]}×` },
  { re: /(?<!\p{L})(two|three|four|five|six|seven|eight|nine|ten|\d+) times (?=\p{L})/giu, figure: (m) => `${smallNumbers[m[1]!.toLowerCase()] ?? m[1]}×` },
  { re: /(?<!\p{L})(twice) as\b/giu, figure: () => '2×' },
  // one in three, 1 in 5
  { re: /(?<!\p{L})(one|1) in (two|three|four|five|six|seven|eight|nine|ten|\d+)(?!\p{L})/giu, figure: (m) => `1 in ${smallNumbers[m[2]!.toLowerCase()] ?? m[2]}` },
  // a third, two thirds, half of
  { re: /(?<!\p{L})(?:about |around |almost |nearly |roughly |over |more than )?(?:an? |one )?(two thirds|three quarters|half|third|quarter|fifth|tenth)(?= of\b)/giu, figure: (m) => fractions[m[1]!.toLowerCase()]! },
  { re: /(?<=\b(?:by|um) )(half|die hälfte)(?!\p{L})/giu, figure: () => '50%' },
  // 40 kilometres of bike lanes, 300 species
  { re: /(?<![\p{L}\d.,])([1-9]\d+(?:[.,]\d+)?|\d[.,]\d+)(?=\s+(?:kilometres|kilometers|km|miles|metres|meters|tonnes|tons|hectares|people|users|customers|countries|cities|jobs|homes|trees|species|schools|stores|shops|teams|companies|members|volunteers|students|kilometer|menschen|kunden|länder|städte)\b)/giu, figure: (m) => m[1]! },
  // saves 5 hours a week
  { re: /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?) (hours|minutes|days)(?= (?:a|per|every) (?:day|week|month|year)\b)/giu, figure: (m) => `${m[1]} ${m[2]}` },
  // 300 new teachers, 40 employees (ten or more of something)
  { re: /(?<![\p{L}\d.,$€£¥])([1-9]\d+)(?=\s+(?:new\s+|more\s+|extra\s+)?\p{L}+s\b)/gu, figure: (m) => m[1]! },
  // big counts: 1,200 responses, 40,000 hives
  { re: /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d{4,})(?=\s+\p{L})/gu, figure: (m) => m[1]! },
];

/** "and"/"but" that join clauses, in the languages whose labels we read. */
const CLAUSE_JOINS = `${ANY_AND}|en|${ANY_BUT}`;
/** "Churn fell from 6 to 4 percent": what comes before a change's end figure. */
const fromToFigure = new RegExp(String.raw`^(.*?\p{L}.*?)\s+(?:from|von|de|desde|da)\s+[\d.,]+\s*(?:${PERCENT_WORDS})?\s+(?:to|auf|à|a|para)$`, 'iu');
const clauseBreak = new RegExp(`[,;]\\s*|\\s+(?:${CLAUSE_JOINS})\\s+`, 'iu');
const leadingJoin = new RegExp(`^(?:${CLAUSE_JOINS})\\s+`, 'iu');

function isYear(figure: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(figure);
}

function trimLabel(text: string, language: KnownLanguage): string {
  const cleaned = text
    .replace(/^.*?\b(?:says?|said|reports?|reported|estimates?|according to [^,]+,)\s+(?:that\s+)?/i, '')
    .replace(/\s+than (?:before|ever|last \w+|the \w+ version)$/i, '')
    .replace(/^[\s,:;–—-]+/, '')
    .replace(/[.!?]+$/, '')
    // "shops across Portugal and bake 40,000 loaves a week": a second clause after "and" is no part of the label.
    .replace(new RegExp(`\\s+(?:${ANY_AND})\\s+\\p{Ll}\\S*\\s+\\S.*$`, 'u'), '')
    .trim();
  let label = headlineFrom(cleaned, 9, language);
  // A label may end on a word a headline would drop ("faster than"): drop dangling comparisons.
  label = label.replace(/\s+(?:than|as|of|to|by|and|or|the|a|an)$/i, '');
  return label.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => (language === 'de' ? c : c.toLowerCase())).replace(/^A(?=\s)/, 'a');
}

/** The most showable figure in a sentence, or null (years, bare small numbers and durations are not stats). */
export function findStat(sentence: string, language: KnownLanguage = 'en'): StatFigure | null {
  const s = sentence.replace(/\s+/g, ' ').trim();
  for (const { re, figure } of patterns) {
    for (const m of s.matchAll(re)) {
      const stat = figure(m);
      if (isYear(stat) || isDate(s, m)) continue;
      const before = s.slice(0, m.index).trim();
      const after = s.slice(m.index + m[0].length).trim();
      // "fell from 4.5% to 3.1%": the figure it ends at is the one to show.
      if (/(?<!\p{L})(?:from|von|de|desde|da)$/iu.test(before) && /^(?:to|auf|à|a|para)\s+[$€£¥]?\d/iu.test(after)) continue;
      return { stat: stat.slice(0, 40), label: labelFor(before, after, language) };
    }
  }
  return null;
}

/** A match whose number is a date or a clock time ("12 mars", "after 2 pm"); a sum of money never is. */
function isDate(s: string, m: RegExpMatchArray): boolean {
  const digits = /\d+(?:[.,]\d+)*/.exec(m[0]);
  if (!digits || /[$€£¥]/.test(m[0])) return false;
  const start = m.index! + digits.index;
  return isDateOrTime(s, start, start + digits[0].length);
}

function labelFor(before: string, after: string, language: KnownLanguage): string {
  // "Churn fell from 6 to 4 percent": the starting figure belongs to the chart, the label says what moved.
  const fromTo = fromToFigure.exec(before);
  if (fromTo) return trimLabel(fromTo[1]!, language);
  const beforeWords = before.replace(/[,;:]+$/, '').split(/\s+/).filter(Boolean);
  // "colonies have declined by 40%" → "decline in colonies"
  const change = /^(.*?)\s+(?:have|has|had|is|are|was|were|sind|ist|haben|hat)?\s*(?:(?:now|already|recently|sharply|steadily|also|just)\s)?(\p{L}+)\s+(?:by|um)(?:\s+(?:about|around|almost|nearly|over|roughly|more than))?$/iu.exec(before);
  if (change && changeNouns[change[2]!.toLowerCase()]) {
    // "In London, registered hives rose by …": the subject follows the opening phrase.
    const subject = (change[1]!.split(/,\s*/).pop() ?? '').replace(/^(?:and|but|so|while|the|our|their)\s+/i, '').trim();
    if (subject.split(/\s+/).length <= 7 && subject.length > 0) {
      return trimLabel(`${changeNouns[change[2]!.toLowerCase()]} in ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`, language);
    }
  }
  const rest0 = after.replace(/[.!?]+$/, '');
  // "les prix baissent de 15 % pour les stagiaires", "die Preise sinken um 15 % für Azubis": what changes, and for whom.
  const lastClause = before.split(clauseBreak).pop()!.replace(leadingJoin, '');
  const moved = /^(.+?)\s+(?:by|de|d['’]|um|un|en|di|del|met|o)$/iu.exec(lastClause);
  if (moved && /^(?:(?:for|pour|für|para|per|voor|chez|bei|dans|in|im|en|au|aux|à)\s.*)?$/iu.test(rest0)) {
    const words = moved[1]!.split(/\s+/).length;
    if (words >= 2 && words <= 7) return trimLabel(`${moved[1]} ${rest0}`.trim(), language);
  }
  if (/\b(?:saves?|saved|cuts?|frees? up)(?:\s+(?:about|around|up to|over|nearly))?$/i.test(before) && rest0) return trimLabel(`saved ${rest0}`, language);
  if (/^(?:per|a (?:month|year|week|day)|each|faster|slower|cheaper|more|less|fewer|higher|lower|better|off)\b/i.test(rest0)) return trimLabel(rest0, language);
  // "the transit agency gets $120M" → "for the transit agency"
  const gets = /^(.*?)\s+(?:gets|receives|will get|will receive|is getting|got|received)(?:\s+(?:about|around|nearly|over|an extra|another))?$/i.exec(before);
  if (gets && gets[1]!.split(/\s+/).length <= 6) return trimLabel(`for ${gets[1]!.charAt(0).toLowerCase()}${gets[1]!.slice(1)}`, language);
  // "the city will hire 300 new teachers" → "new teachers"
  if (/^\s*(?:new|more|extra)?\s*\p{L}+s\b/u.test(after) && /\b(?:hire|hires|hired|add|adds|added|build|builds|plant|plants|train|trains|open|opens|opened|serve|serves|employ|employs|had|has|have|bake|bakes|sold|sells)\s*$/i.test(before)) return trimLabel(after, language);
  // "the project will cost €12M" → "cost of the project"
  const cost = /^(?:.*?\b(?:says?|said|reports?|expects?)\s+(?:that\s+)?)?(.*?)\s+(?:will|would|is expected to|should)?\s*costs?(?:\s+(?:about|around|roughly|nearly|over|just|only))?$/iu.exec(before);
  if (cost && cost[1]!.trim() && cost[1]!.split(/\s+/).length <= 6) return trimLabel(`cost of ${cost[1]!.charAt(0).toLowerCase()}${cost[1]!.slice(1)}`, language);
  // German puts the participle last: "Die Preise sind um 40 % gesunken" → "Preise gesunken"
  const german = /^(?:die|der|das)?\s*(.*?)\s+(?:sind|ist|haben|hat)\s+(?:um|auf)$/iu.exec(before);
  if (german && /^\p{L}+[.!]?$/u.test(after) && german[1]!.split(/\s+/).length <= 5) return `${german[1]} ${after.replace(/[.!]$/, '')}`;
  // "… to 92%", "rose to 92%" → the subject
  const reached = /^(.*?)\s+(?:rose|rises?|grew|grows?|climbed|climbs?|fell|falls?|dropped|drops?|jumped|jumps?|reached|reach(?:es)?|hit|is|are|was|were|now|stands at|costs?|kostet|kosten)\s*(?:to|at)?(?:\s+(?:about|around|almost|nearly|over|roughly|just|only))?$/iu.exec(before);
  const rest = after.replace(/^(?:of|off)\b/i, (w) => w.toLowerCase());
  // "Prices fell 90 percent in ten years": a time after the figure says when; the label says what ("prices fell in ten years").
  // "Prices drop 15 percent for trainees": for whom, likewise ("prices drop for trainees").
  if (reached && /^(?:in|over|within|since|during|last|this|between|for)\s/i.test(rest) && reached[1]!.trim().split(/\s+/).length <= 6) {
    return trimLabel(`${before.replace(/^(?:and|but|so)\s+/i, '')} ${rest}`, language);
  }
  // "Os preços baixam 10 por cento para estudantes": what changes and for whom, in any language.
  if (/^(?:for|para|pour|für|per|voor)\s/iu.test(rest) && beforeWords.length >= 2 && beforeWords.length <= 5) return trimLabel(`${before} ${rest}`, language);
  // "a third of the food crops we eat" → "of the food crops we eat"; "20% off all shoes" → "off all shoes"
  if (/^(?:of|off|faster|slower|more|less|fewer|cheaper|higher|lower|better|smaller|bigger|per|a |an |in |von|weniger|mehr|schneller)\b/i.test(rest) || (/^\p{Ll}/u.test(rest) && !reached)) {
    const label = trimLabel(rest, language);
    if (label.split(/\s+/).length >= 2 || !reached) return label;
  }
  if (reached && reached[1]!.trim().split(/\s+/).length <= 8) return trimLabel(reached[1]!.replace(/^(?:and|but|so)\s+/i, ''), language);
  if (rest.length > 0 && /^\p{L}/u.test(rest)) return trimLabel(rest, language);
  return trimLabel(beforeWords.slice(-8).join(' '), language);
}
