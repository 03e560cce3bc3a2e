import type { ChartData } from '../../storyboard/index.js';

// A second word joins a name ("New York", "St. Louis") unless a sentence ended before it ("Seoul. Thank").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:(?<!\p{L}{4}\.)\s\p{Lu}[\p{L}\p{M}'’.-]+)?`;
const AND = String.raw`(?:and|und|et|y|e|en|i|и|і|ve|oraz)`;
const placeList = new RegExp(String.raw`\b(?:in|at|à|en|em|a|nach|в|у|w)\s(${NAME}(?:,\s${NAME})*,?\s${AND}\s${NAME})`, 'u');

/** "offices in Lisbon, Austin and Seoul" → a list of places to mark, or null when the text names none. */
export function extractPlaces(text: string): ChartData | null {
  const match = text.match(placeList);
  if (!match) return null;
  const names = match[1]!.split(new RegExp(String.raw`,\s|\s${AND}\s`, 'u')).map((n) => n.trim().replace(/[.'’]+$/, '')).filter(Boolean);
  if (names.length < 2) return null;
  return { type: 'places', items: names.slice(0, 8).map((label, i) => ({ label, value: i + 1 })) };
}
