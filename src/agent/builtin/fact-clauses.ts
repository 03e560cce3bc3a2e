import { ANY_AND, ANY_BUT, circumstancePreposition, leadingPreposition } from '../text/index.js';
import { inlineListItems } from './source-blocks.js';

/** A comma or semicolon between clauses, with the "and"/"but" after it (which the split fact does not keep). */
const joinedByAnd = new RegExp(String.raw`(?<!\p{L})(?:${ANY_AND})\s*$`, 'iu');
const clauseJoin = new RegExp(String.raw`(\s*[;,]\s+(?:(?:${ANY_AND}|${ANY_BUT}|while|plus)\s+)?)`, 'iu');

/** Subject pronouns that a later clause of the same sentence shares ("elle ouvre lundi, propose trois menus"). */
const subjectPronoun = /^(elle|il|elles|ils|on|nous|sie|er|es|wir|ella|él|ellos|ellas|lei|lui|loro|noi|ela|ele|eles|elas|nós|zij|hij|het|wij)\s/iu;
/** English subject pronouns, beside the others in `subjectPronoun`. */
const englishSubjectPronoun = /^(?:i|you|he|she|it|we|they)\s/i;

/**
 * Whether a clause opens with a subject pronoun ("Sie öffnet am Montag", "They sell bread"): a sentence
 * whose commas set off its circumstances or objects, never a bare run of items.
 */
export function opensWithSubjectPronoun(clause: string): boolean {
  const text = clause.trim();
  return subjectPronoun.test(text) || englishSubjectPronoun.test(text);
}

/**
 * Words that open a clause of their own (articles, determiners, pronouns, conjunctions, prepositions) in the
 * Romance and Germanic languages we plan. Outside English a clause opening with any other lowercase word opens
 * with its verb: its nouns take an article ("les prix baissent") or a capital (German).
 */
const clauseOpener =
  /^(?:le|la|les|l['’]\p{L}*|un|une|des|du|et|mais|ou|puis|nos|notre|leur|leurs|son|sa|ses|ce|cet|cette|ces|il|elle|ils|elles|on|nous|vous|en|à|au|aux|dans|pour|avec|sans|sur|der|die|das|den|dem|ein|eine|einen|und|aber|oder|dann|unser|unsere|es|er|sie|wir|ihr|im|in|am|mit|für|auf|el|los|las|uno|una|unos|unas|y|e|pero|o|u|nuestro|nuestra|nuestros|su|sus|ella|él|ellos|ellas|con|por|para|lo|gli|i|ma|poi|nostro|nostra|noi|lei|lui|loro|nel|nella|per|os|as|um|uma|mas|nosso|nossa|ele|eles|ela|elas|no|na|com|het|een|en|maar|ons|onze|zij|hij|wij|met|voor|op|de|del|della|do|da|des)(?!\p{L})/iu;

/**
 * A sentence listing several facts ("they pollinate a third of our crops, colonies have declined by 40%,
 * and planting wildflowers helps") as one sentence per fact. Only clauses of five words or more start a fact,
 * a shorter one or one opening with a preposition ("…, at 11:30 on the ground floor") stays with the fact before
 * it, and a sentence that opens with a short one stays whole, so
 * inline lists ("dark mode, offline sync and a faster startup", "in Lisbon, Austin and Seoul") are kept.
 * A leading "they"/"it" becomes `subject` when one is known ("they pollinate" → "Bees pollinate").
 */
export function splitFactClauses(sentence: string, subject: string | null, language = 'en'): string[] {
  const body = sentence.trim().replace(/[.!]+$/, '');
  if (inlineListItems(body)) return [`${body.charAt(0).toUpperCase()}${body.slice(1)}.`];
  // A short piece stays with the clause before it, as written: "offices in Lisbon, Austin and Seoul" is one fact.
  const pieces = body.split(clauseJoin);
  const parts: string[] = [pieces[0]!.trim()];
  const circumstance = circumstancePreposition[language.slice(0, 2)] ?? leadingPreposition;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const piece = pieces[i + 1]!.trim();
    // "…, we hired 14 engineers, …": a piece with a subject of its own is a clause however short. After "and" a
    // phrase of circumstance opens a clause ("…, und für Auszubildende sinken die Preise"), after a bare comma it
    // tells when or where the fact before it is ("…, um 11:30 Uhr").
    const words = piece.split(/\s+/).length;
    const afterAnd = joinedByAnd.test(pieces[i]!);
    if ((words >= 5 || (words >= 3 && opensWithSubjectPronoun(piece))) && (afterAnd || !circumstance.test(piece))) parts.push(piece);
    else parts[parts.length - 1] += `${pieces[i]}${piece}`;
  }
  const facts = parts.length >= 2 && parts[0]!.split(/\s+/).length >= 5 && !(leadingPreposition.test(parts[0]!) && parts[0]!.split(/\s+/).length <= 6) ? parts : [body];
  // "Elle ouvre lundi, propose trois menus": outside English a clause that opens with its verb shares the first one's subject.
  const shared = language.startsWith('en') ? null : subjectPronoun.exec(facts[0]!)?.[1] ?? null;
  return facts.map((fact, index) => {
    let text = fact;
    if (shared && index > 0 && /^\p{Ll}/u.test(text) && !clauseOpener.test(text)) text = `${shared.toLowerCase()} ${text}`;
    if (subject && /^(?:they|it)\s/i.test(text)) text = `${subject} ${text.replace(/^\S+\s+/, '')}`;
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  });
}

/** The thing a question-shaped topic is about: "why bees matter" → "bees", "how solar panels work" → "solar panels". */
export function topicSubject(topic: string | null): string | null {
  if (!topic) return null;
  const m = /^(?:why|how)\s+(?:do\s+|does\s+)?((?:\p{L}+\s){0,2}\p{L}+?)\s+(?:matters?|works?|is|are|helps?|changes?|needs?)\b/iu.exec(topic.trim());
  if (m && !/^(?:to|we|you|i|it|they)\b/i.test(m[1]!)) return m[1]!;
  return null;
}
