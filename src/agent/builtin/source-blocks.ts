import { ANY_AND, ANY_AND_OR, splitSentences } from '../text/index.js';

/** A piece of the material: a heading, a paragraph's sentences, or a list (with the sentence that introduced it). */
export type SourceBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; sentences: string[] }
  | { kind: 'list'; intro: string | null; items: string[] };

const listItem = /^\s*(?:[-*•·‣▪◦–]|\(?\d{1,2}[.)]|[a-h][.)])\s+(.*)$/;

function isHeading(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/).length;
  if (words > 12 || line.length > 90) return false;
  if (/[.!?,;。！？、]$/u.test(line) || /:$/.test(line) || /[。！？]/u.test(line)) return false;
  // A heading is followed by something (or ends the text) and starts with a capital or digit.
  return /^[\p{Lu}\p{N}]/u.test(line) && (next === undefined || next.trim() === '' || /^[\p{Lu}\p{N}*•-]/u.test(next.trim()));
}

/** What introduces the items of an inline list, in the languages we plan ("supports", "a maintenant", "ya tiene", "hat jetzt"). */
// The verb follows a subject, never a comma or an "and": "Dig a hole, add compost, …" is a list of steps, not
// something that "adds" them.
const INTRO_VERBS =
  'supports?|includes?|including|features?|offers?|brings?|adds?|comes with|now has|a maintenant|a désormais|propose|inclut|prend en charge|ya tiene|ahora tiene|incluye|ofrece|admite|hat jetzt|bietet jetzt|unterstützt jetzt|bietet|enthält|ora ha|include|offre|supporta|agora tem|inclui|oferece|suporta';
const listIntro = new RegExp(String.raw`^(.*?(?:(?<=[\p{L}\p{N}.)])(?<!(?<!\p{L})(?:${ANY_AND_OR}))\s+)(?:${INTRO_VERBS})\s+|.*?:\s+)(.+)$`, 'iu');
/**
 * "It is free for all staff and offers yoga, pilates and spinning": after "and" the verb introduces a list only
 * when nothing before it is one (no comma), unlike "…, water it well, and add a stake".
 */
const andListIntro = new RegExp(String.raw`^([^,;:]*?(?<!\p{L})(?:${ANY_AND})\s+(?:${INTRO_VERBS})\s+)(.+)$`, 'iu');
/** "You'll need 320 g of spaghetti, …", "Servono …", "Il faut …": what a recipe or a task needs, as its list. */
const NEED_INTRO =
  /^((?:you(?:['’]ll| will)? need|what you need is|servono|ti servono|occorrono|il (?:vous |te )?faut|vous aurez besoin de|necesitas|necesitarás|se necesitan|du brauchst|sie brauchen|man braucht|você precisa de|precisa de|são precisos|je hebt nodig)\s+)(.+)$/iu;
/** The heading of a list of what is needed, in the languages we plan. */
const NEED_HEADINGS: Record<string, string> = {
  en: 'What you need', de: 'Das brauchst du', fr: 'Ce qu’il faut', es: 'Lo que necesitas', it: 'Cosa serve', pt: 'Do que você precisa', nl: 'Wat je nodig hebt',
};
/** "and"/"or" between the last two items. */
const itemJoin = new RegExp(String.raw`\s*,\s*(?:(?:${ANY_AND_OR})\s+)?|\s+(?:${ANY_AND_OR})\s+`, 'iu');
/** An article before an item ("a faster startup", "un mode sombre", "einen dunklen Modus"). */
const leadingArticle = /^(?:an?|the|une?|le|la|les|l['’]|el|los|las|una?|ein|eine|einen|einem|der|die|das|il|lo|gli|i|um|uma|o|os|as)\s*(?<=\s|['’])/iu;

/** Inline lists in a sentence: "It supports dark mode, offline sync and a 30% faster startup." → three items. */
export function inlineListItems(sentence: string): string[] | null {
  return inlineList(sentence)?.items ?? null;
}

/** An inline list with the words that introduce it ("Acme Notes 3.0 now has"), or null. */
export function inlineList(sentence: string): { intro: string; items: string[] } | null {
  const body = sentence.replace(/[.!?]+$/, '');
  const match = NEED_INTRO.exec(body) ?? listIntro.exec(body) ?? andListIntro.exec(body);
  if (!match) return null;
  const parts = match[2]!.split(itemJoin).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 6)) return null;
  return { intro: match[1]!.trim(), items: parts.map((p) => p.replace(leadingArticle, '')).map((p) => p.charAt(0).toUpperCase() + p.slice(1)) };
}

/** "Now" in the languages we plan: a list of what something now has is news. */
const NOW_WORDS = 'now|ya|ahora|maintenant|désormais|jetzt|ora|agora';

/** "New in …" in the languages we plan, for a list of what something now has. */
const newIn: Record<string, (subject: string) => string> = {
  en: (x) => `New in ${x}`, de: (x) => `Neu in ${x}`, fr: (x) => `Nouveautés ${/^[aeiouyéèêh]/i.test(x) ? 'd’' : 'de '}${x}`, es: (x) => `Novedades de ${x}`, it: (x) => `Novità di ${x}`, pt: (x) => `Novidades do ${x}`,
};

/**
 * The headline of an inline list from its intro: what has the items ("The kit includes" → "The kit"), and
 * "New in …" when it now has them ("Acme Notes 3.0 now has" → "New in Acme Notes 3.0"). Null when the intro
 * names nothing ("It supports", ":").
 */
export function inlineListHeadline(intro: string, language: string): string | null {
  if (NEED_INTRO.test(`${intro} …`)) return NEED_HEADINGS[language.slice(0, 2)] ?? null;
  const now = new RegExp(`(?<!\\p{L})(?:${NOW_WORDS})(?!\\p{L})`, 'iu').test(intro);
  // The verb and its "now", in either order ("now has", "a maintenant", "hat jetzt"), come off the end.
  const trailing = [
    /\s*:\s*$/u,
    new RegExp(`(?<!\\p{L})(?:finally|${NOW_WORDS})\\s*$`, 'iu'),
    /(?<!\p{L})(?:supports?|includes?|including|features?|offers?|brings?|adds?|comes with|has|a|propose|inclut|prend en charge|tiene|incluye|ofrece|admite|hat|bietet|unterstützt|enthält|ha|include|offre|supporta|tem|inclui|oferece|suporta)\s*$/iu,
    // "… for all staff and offers": the "and" before the verb goes too.
    new RegExp(String.raw`(?<!\p{L})(?:${ANY_AND})\s*$`, 'iu'),
  ];
  let subject = intro.trim();
  for (let pass = 0; pass < 2; pass++) for (const ending of trailing) subject = subject.replace(ending, '').trim();
  if (subject === '' || /^(?:it|this|they|es|il|elle|ella|esto|esso|ele|ela)$/i.test(subject)) return null;
  const phrase = newIn[language.slice(0, 2)];
  return now && phrase ? phrase(subject) : subject;
}

/**
 * The structure of plain text (as extractDocumentText returns it): headings, paragraphs split into
 * sentences, and lists. Lines of a paragraph are joined (PDFs wrap mid-sentence; hyphenated breaks are mended).
 */
export function sourceBlocks(text: string): SourceBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: SourceBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let intro: string | null = null;

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\n/g, ' ');
    const sentences = splitSentences(joined);
    paragraph = [];
    if (sentences.length > 0) blocks.push({ kind: 'paragraph', sentences });
  };
  const flushList = (): void => {
    if (list.length === 0) return;
    blocks.push({ kind: 'list', intro, items: list });
    list = [];
    intro = null;
  };

  lines.forEach((raw, i) => {
    const line = raw.trim();
    const item = listItem.exec(raw);
    if (line === '') {
      flushParagraph();
      // A blank line between items does not end a list; anything else after it will.
      return;
    }
    if (item && item[1]!.trim()) {
      if (list.length === 0) {
        // "Three things matter:" just before a list introduces it.
        if (paragraph.length > 0 && /:$/.test(paragraph[paragraph.length - 1]!)) {
          flushParagraph();
          const last = blocks[blocks.length - 1];
          if (last?.kind === 'paragraph') {
            intro = last.sentences.pop() ?? null;
            if (last.sentences.length === 0) blocks.pop();
          }
        } else flushParagraph();
      }
      list.push(item[1]!.trim());
      return;
    }
    flushList();
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (paragraph.length === 0 && isHeading(line, next)) {
      blocks.push({ kind: 'heading', text: line.replace(/\s*[:–-]\s*$/, '') });
      return;
    }
    paragraph.push(line);
  });
  flushParagraph();
  flushList();
  return blocks;
}
