import type { ChartData } from '../../storyboard/index.js';
import { isDateOrTime } from './dates-and-times.js';
import { PERCENT_WORDS } from './percent-words.js';

/** A number as written in narration: "4.2", "4,2", "1,200", "18". */
const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)`;
const isPercentWord = new RegExp(`^(${PERCENT_WORDS})$`, 'iu');
const SCALE_WORDS: Record<string, string> = {
  thousand: ' thousand', million: ' million', billion: ' billion', millionen: ' Millionen', milliarden: ' Milliarden',
  millions: ' millions', milliards: ' milliards', millones: ' millones', milhões: ' milhões', milioni: ' milioni',
  миллиона: ' млн', миллионов: ' млн', миллион: ' млн', mln: ' mln', mio: ' Mio.', k: 'k', m: 'M', bn: ' bn',
};
const CURRENCY_AFTER: Record<string, string> = { dollars: '$', dollar: '$', euros: '€', euro: '€', pounds: '£', yen: '¥', евро: '€', долларов: '$' };
const currencyBefore = /[$€£¥]/u;

function parseNumber(text: string): number {
  const compact = text.replace(/[\u00a0 ]/g, '');
  // "1,200" and "1.200" are thousands; "4,2" and "4.2" are decimals.
  if (/^\d{1,3}([,.]\d{3})+$/.test(compact)) return Number(compact.replace(/[,.]/g, ''));
  return Number(compact.replace(',', '.'));
}

interface Figure {
  value: number;
  kind: 'percent' | 'money' | 'count';
  prefix: string;
  suffix: string;
  index: number;
}

/** Every figure in a text with its unit: percentages, sums of money, large counts. Years, dates and times are not figures. */
export function findFigures(text: string): Figure[] {
  const pattern = new RegExp(String.raw`([$€£¥])?\s?${NUMBER}\s?(${PERCENT_WORDS}|[\p{L}.]+)?(?:\s([\p{L}]+))?`, 'giu');
  const figures: Figure[] = [];
  for (const match of text.matchAll(pattern)) {
    const [, currency, digits, unitWord = '', nextWord = ''] = match;
    // "lundi 12 janvier", "after 2 pm": a date or a time, not a quantity.
    const digitsAt = match.index + match[0].indexOf(digits!);
    if (!currency && isDateOrTime(text, digitsAt, digitsAt + digits!.length)) continue;
    const value = parseNumber(digits!);
    const unit = unitWord.toLowerCase().replace(/\.$/, '');
    if (isPercentWord.test(unit)) {
      figures.push({ value, kind: 'percent', prefix: '', suffix: '%', index: match.index });
      continue;
    }
    const scale = SCALE_WORDS[unit];
    const money = currency ?? CURRENCY_AFTER[scale ? nextWord.toLowerCase() : unit];
    if (money || scale) {
      figures.push({ value, kind: money ? 'money' : 'count', prefix: money ?? '', suffix: scale ?? '', index: match.index });
    } else if (!/^(1[5-9]|20)\d\d$/.test(digits!) && value >= 10 && /^\p{L}{3,}$/u.test(unit)) {
      figures.push({ value, kind: 'count', prefix: '', suffix: '', index: match.index });
    }
  }
  return figures;
}

const FROM = String.raw`(?:from|von|de|desde|da|с|від|od|van)`;
const TO = String.raw`(?:to|auf|bis|à|a|hasta|para|до|na|tot|naar)`;
const change = new RegExp(String.raw`${FROM}\s([$€£¥])?${NUMBER}\s?(?:[\p{L}%]+\s)?${TO}\s([$€£¥])?${NUMBER}`, 'iu');

/**
 * The chart a scene's figures make, or null when it has none worth drawing: a change "from 6 to 4 percent"
 * becomes two bars; figures of one kind dated by years become bars in year order; a sum of money or counts
 * of things become numbers that count up; a lone percentage a donut. `labels` names a change's two bars.
 */
export function extractChart(text: string, labels: { before: string; after: string }): ChartData | null {
  const figures = findFigures(text);
  if (figures.length === 0) return null;
  const fromTo = text.match(change);
  if (fromTo) {
    const unit = figures.find((f) => f.index >= fromTo.index!) ?? figures[0]!;
    const items = [
      { label: labels.before, value: parseNumber(fromTo[2]!) },
      { label: labels.after, value: parseNumber(fromTo[4]!) },
    ];
    return { type: 'bar', prefix: unit.prefix, suffix: unit.suffix, items };
  }
  const money = figures.filter((f) => f.kind === 'money');
  const kind = money.length > 0 ? 'money' : figures[0]!.kind;
  // A figure said twice ("40 %" on screen, "40 percent" in the narration) is one figure.
  const same = figures.filter((f, i) => f.kind === kind && figures.findIndex((g) => g.kind === f.kind && g.value === f.value) === i).slice(0, 6);
  const { prefix, suffix } = same[0]!;
  const years = same.map((f) => yearNear(text, f));
  if (same.length >= 2 && years.every((y) => y !== null)) {
    const items = same.map((f, i) => ({ label: years[i]!, value: f.value })).sort((a, b) => a.label.localeCompare(b.label));
    return { type: 'bar', prefix, suffix, items };
  }
  if (kind === 'percent' && same.length === 1 && same[0]!.value > 0 && same[0]!.value <= 100) {
    return { type: 'donut', suffix: '%', items: [{ label: '', value: same[0]!.value }] };
  }
  // "2M" on screen has no word after it; "2 million people" in the narration says what it counts.
  const labelOf = (f: Figure): string => wordAfter(text, f) || figures.filter((g) => g.value === f.value).map((g) => wordAfter(text, g)).find(Boolean) || '';
  const items = same.slice(0, 3).map((f) => ({ label: kind === 'count' ? labelOf(f) : '', value: f.value }));
  return { type: 'counter', prefix, suffix, items };
}

/** A year written next to a figure ("$4.2M in 2024", "2023: 3.1"), within its clause. */
function yearNear(text: string, figure: Figure): string | null {
  const after = text.slice(figure.index, figure.index + 24).split(/[,;]/)[0]!.match(/\b(1[5-9]|20)\d\d\b/);
  if (after && after.index! > 0) return after[0];
  const before = text.slice(Math.max(0, figure.index - 16), figure.index).split(/[,;]/).pop()!.match(/\b(1[5-9]|20)\d\d\b/);
  return before ? before[0] : null;
}

/** The thing a count counts: "1,200 customers" → "customers". */
function wordAfter(text: string, figure: Figure): string {
  // The magnitude is part of the number ("2 million people", "2M"), not what it counts.
  const rest = text
    .slice(figure.index)
    .replace(/^[$€£¥]?\s?[\d.,\u00a0 ]+/, '')
    .replace(/^\s?(?:[kmb]n?|thousand|million|billion|trillion|mio\.?|mrd\.?|millions?|milliards?|millones|milioni|milhões|millionen|milliarden|miljoen)(?!\p{L})/iu, '');
  return (rest.match(/^\s?(\p{L}[\p{L}\p{M}-]*)/u)?.[1] ?? '').slice(0, 80);
}
