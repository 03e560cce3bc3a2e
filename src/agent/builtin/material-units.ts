import { andOrOf, ANY_AND_OR, headlineFrom, scoreSentences, type KnownLanguage } from '../text/index.js';
import { findStat } from './find-stat.js';
import { inlineList, inlineListHeadline, sourceBlocks } from './source-blocks.js';

/** A piece of the user's material that becomes (part of) a scene. */
export interface Unit {
  kind: 'sentence' | 'list';
  sentences: string[];
  bullets: string[];
  heading: string | null;
  layout: 'presenter' | 'bullets' | 'stat' | 'quote';
  stat?: string;
  statLabel?: string;
  attribution?: string;
  quote?: string;
  order: number;
  score: number;
  seconds: number;
}

export function ensureSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  // French puts a space before the colon ("Voici l’essentiel :"): it goes with it.
  return /[.!?…:]["'”’)]*$/.test(t) ? t.replace(/\s*:$/, '.') : `${t}.`;
}

function bulletText(item: string, language: KnownLanguage): string {
  const t = item.trim().replace(/[.;:!]+$/, '');
  return t.split(/\s+/).length <= 14 ? t.slice(0, 120) : headlineFrom(t, 10, language);
}

/** Spoken ordinals for the items of a numbered list or the steps of a how-to, so the list keeps its order when heard. */
const ordinals: Record<KnownLanguage, readonly string[]> = {
  en: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'],
  de: ['Erstens', 'Zweitens', 'Drittens', 'Viertens', 'Fünftens', 'Sechstens', 'Siebtens', 'Achtens', 'Neuntens', 'Zehntens'],
  fr: ['Premièrement', 'Deuxièmement', 'Troisièmement', 'Quatrièmement', 'Cinquièmement', 'Sixièmement', 'Septièmement', 'Huitièmement', 'Neuvièmement', 'Dixièmement'],
  es: ['Primero', 'Segundo', 'Tercero', 'Cuarto', 'Quinto', 'Sexto', 'Séptimo', 'Octavo', 'Noveno', 'Décimo'],
  it: ['Primo', 'Secondo', 'Terzo', 'Quarto', 'Quinto', 'Sesto', 'Settimo', 'Ottavo', 'Nono', 'Decimo'],
  pt: ['Primeiro', 'Segundo', 'Terceiro', 'Quarto', 'Quinto', 'Sexto', 'Sétimo', 'Oitavo', 'Nono', 'Décimo'],
  nl: ['Ten eerste', 'Ten tweede', 'Ten derde', 'Ten vierde', 'Ten vijfde', 'Ten zesde', 'Ten zevende', 'Ten achtste', 'Ten negende', 'Ten tiende'],
};

/** Lower-cases a sentence's first word unless it looks like a name ("Acme Notes", "iOS", "I"). */
function lowerFirst(text: string): string {
  return /^(?:I\b|\p{Lu}{2,}|\p{Lu}\p{Ll}*\p{Lu}|\p{Lu}\S*\s+\p{Lu})/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Short items with no order said as the one sentence they make ("Jantar, música ao vivo e sorteio de prémios."),
 * not as fragments ("Jantar. Música ao vivo. …"); null when an item is long or a sentence of its own.
 */
function spokenRun(items: readonly string[], language: KnownLanguage): string | null {
  if (items.length < 2 || items.some((it) => it.split(/\s+/).length > 4 || /[.!?;:]/.test(it.replace(/[.!?]+$/, '')))) return null;
  // German nouns keep their capital ("Yoga, Pilates und Spinning").
  const bare = items.map((it, i) => (i === 0 || language === 'de' ? it : lowerFirst(it)).replace(/[.;:!]+$/, ''));
  const last = bare[bare.length - 1]!;
  // Spanish says "e" before an "i" sound ("música e iluminación").
  const and = language === 'es' && /^h?i(?!e)/iu.test(last) ? 'e' : andOrOf(language).split('|')[0]!;
  return ensureSentence(`${bare.slice(0, -1).join(', ')} ${and} ${last}`);
}

/** "First, running too fast." German nouns keep their capital: "Erstens: Zu schnell laufen." */
function numbered(item: string, index: number, language: KnownLanguage): string {
  const word = ordinals[language][index];
  if (!word) return ensureSentence(item);
  return language === 'de' ? ensureSentence(`${word}: ${item}`) : ensureSentence(`${word}, ${lowerFirst(item)}`);
}

function classify(sentence: string, language: KnownLanguage): Pick<Unit, 'layout' | 'stat' | 'attribution' | 'quote' | 'statLabel'> {
  const quoted = /[“"«]([^”"»]{12,280})[”"»]/.exec(sentence);
  if (quoted && quoted[1]!.split(/\s+/).length >= 4) {
    const who = /(?:said|says|according to|explains|explained|—|–)\s+((?:[A-Z][\p{L}.'-]*\s?){1,4})/u.exec(sentence);
    return { layout: 'quote', quote: quoted[1]!.trim(), ...(who ? { attribution: who[1]!.trim().replace(/[,.]$/, '') } : {}) };
  }
  const figure = sentence.split(/\s+/).length <= 35 ? findStat(sentence, language) : null;
  if (figure) return { layout: 'stat', stat: figure.stat, statLabel: figure.label };
  return { layout: 'presenter' };
}

/** Commas, semicolons and "and"/"or" between items. */
const itemSplit = new RegExp(String.raw`\s*[;,]\s*(?:(?:${ANY_AND_OR})\s+)?|\s+(?:${ANY_AND_OR})\s+`, 'u');

/** "Pros of renting: flexibility, no repair bills." → a list of two under its own heading, so pros and cons stay apart. */
function labelledList(sentence: string): { label: string; items: string[] } | null {
  const m = /^([^:]{2,48}):\s+(.+?)[.!]?$/u.exec(sentence.trim());
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  const items = m[2]!.split(itemSplit).map((p) => p.trim()).filter(Boolean);
  if (items.length < 2 || items.some((p) => p.split(/\s+/).length > 8)) return null;
  return { label: m[1]!.trim(), items: items.map((p) => p.charAt(0).toUpperCase() + p.slice(1)) };
}

export interface UnitOptions {
  language: KnownLanguage;
  /** Numbered lists and steps are spoken with ordinals ("First, …"), so their order is heard. */
  ordered: boolean;
}

/** Units of material, in order, from text in sourceBlocks format. */
export function unitsFrom(text: string, options: UnitOptions): { units: Unit[]; firstHeading: string | null } {
  const { language } = options;
  const units: Unit[] = [];
  let heading: string | null = null;
  let firstHeading: string | null = null;
  let order = 0;
  const pushList = (items: string[], intro: string | null, listHeading: string | null): void => {
    // Long lists become several bullet scenes of up to five items; the numbering runs on across them.
    for (let k = 0; k < items.length; k += 5) {
      const chunk = items.slice(k, k + 5);
      const lead = k === 0 && intro ? [ensureSentence(intro)] : [];
      const run = !options.ordered && !intro ? spokenRun(chunk, language) : null;
      const spoken = run ? [run] : chunk.map((it, i) => (options.ordered && items.length >= 2 ? numbered(it, k + i, language) : ensureSentence(it)));
      units.push({
        kind: 'list',
        sentences: [...lead, ...spoken],
        bullets: chunk.map((it) => bulletText(it, language)),
        heading: listHeading,
        layout: chunk.length >= 2 ? 'bullets' : 'presenter',
        order: order++,
        score: 0,
        seconds: 0,
      });
    }
  };
  sourceBlocks(text).forEach((block, i) => {
    if (block.kind === 'heading') {
      heading = block.text;
      if (i === 0) firstHeading = block.text;
      return;
    }
    if (block.kind === 'list') {
      pushList(block.items, block.intro, heading ?? (block.intro ? headlineFrom(block.intro, 6, language) : null));
      return;
    }
    for (const sentence of block.sentences) {
      const kind = classify(sentence, language);
      // A sentence listing features is a list even when one of them has a figure ("… and a 30% faster startup").
      const inline = kind.layout !== 'quote' ? inlineList(sentence) : null;
      if (inline && inline.items.length <= 6) {
        const listHeading = heading ?? inlineListHeadline(inline.intro, language);
        units.push({ kind: 'list', sentences: [sentence], bullets: inline.items.map((it) => bulletText(it, language)), heading: listHeading, layout: 'bullets', order: order++, score: 0, seconds: 0 });
        continue;
      }
      const labelled = kind.layout === 'presenter' ? labelledList(sentence) : null;
      if (labelled) {
        units.push({ kind: 'list', sentences: [sentence], bullets: labelled.items.map((it) => bulletText(it, language)), heading: labelled.label, layout: 'bullets', order: order++, score: 0, seconds: 0 });
        continue;
      }
      units.push({ kind: 'sentence', sentences: [sentence], bullets: [], heading, ...kind, order: order++, score: 0, seconds: 0 });
    }
  });
  return { units, firstHeading };
}

export function scoreUnits(units: Unit[], topic: string | null, language: KnownLanguage): void {
  const flat = units.flatMap((u, i) => u.sentences.map((s) => ({ s, i })));
  const scores = scoreSentences(flat.map((f) => f.s), { ...(topic ? { topic } : {}), language });
  units.forEach((u, i) => {
    const own = scores.filter((_, k) => flat[k]!.i === i);
    const base = own.length > 0 ? Math.max(...own) : 0;
    u.score = base + (u.kind === 'list' ? 0.3 : 0) + (u.layout === 'stat' || u.layout === 'quote' ? 0.2 : 0);
  });
}
