import { headlineFrom, titleCase, type KnownLanguage } from '../text/index.js';
import { BARE_TOPIC_TEXTS } from './bare-topic-messages.js';
import { headingFromSentence } from '../language/index.js';

/**
 * The topic as a sentence's subject or a title: German topics arrive as the object of "über"/"erkläre"
 * ("den Klimawandel"), which reads wrongly on its own ("Der Klimawandel").
 */
export function topicAsSubject(topic: string, language: KnownLanguage): string {
  if (language !== 'de') return topic;
  return topic.replace(/^(d|D)en(?=\s)/, (_, d: string) => `${d}er`).replace(/^(e|E)inen(?=\s)/, (_, e: string) => `${e}in`);
}

const compareVerb = /^(?:compare|comparing|vergleiche|vergleichen sie|compare[rz]?|compara|confronta)\s+(.+?)\s+(?:and|with|to|vs\.?|versus|und|mit|et|avec|y|con|e)\s+(.+?)[.!?]*$/iu;

/** "Compare renting and buying" → ["renting", "buying"]; null for other topics. */
export function comparedPair(topic: string): [string, string] | null {
  const m = compareVerb.exec(topic.trim());
  return m ? [m[1]!.trim(), m[2]!.trim()] : null;
}

const forWord: Record<KnownLanguage, string> = { en: 'for', de: 'für', fr: 'pour', es: 'para', it: 'per', pt: 'para', nl: 'voor' };

/**
 * A title from the request's topic, in its words, Title Case in English ("Renting vs. Buying"): whole up to ten
 * words ("How to Make a Good Cup of Pour-Over Coffee" loses its point when cut at "of"), else its first phrase.
 */
export function topicTitle(topic: string, audience: string | null, language: KnownLanguage): string {
  const pair = comparedPair(topic);
  let text = pair ? `${pair[0]} vs. ${pair[1]}` : topicAsSubject(topic, language);
  if (audience && `${text} ${forWord[language]} ${audience}`.split(/\s+/).length <= 8) text = `${text} ${forWord[language]} ${audience}`;
  const short = text.split(/\s+/).length <= 10 ? text : headlineFrom(text, 8, language);
  return titleCase(short.charAt(0).toUpperCase() + short.slice(1), language).replace(/ Vs\. /, ' vs. ').slice(0, 200);
}

/** A title from the material's first sentence: the whole sentence when it is short, else its first phrase. */
export function sentenceTitle(sentence: string, language: KnownLanguage): string {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(sentence)) return headingFromSentence(sentence, 32);
  const bare = sentence.trim().replace(/[.!?…]+$/, '');
  // A sentence of up to eleven words is a title as it stands ("Bees Pollinate About a Third of the Food Crops We Eat").
  const short = bare.split(/\s+/).length <= 11 && !/[,;:]/.test(bare) ? bare : headlineFrom(sentence, 7, language);
  return titleCase(short, language).slice(0, 200);
}

/** The topic read aloud on the title card: the user's own words as a sentence ("Four mistakes new runners make."). */
export function topicSentence(topic: string, language: KnownLanguage): string {
  const pair = comparedPair(topic);
  const text = pair ? `${pair[0]} ${BARE_TOPIC_TEXTS[language].or} ${pair[1]}?` : topicAsSubject(topic, language).replace(/[\s,;:]+$/, '');
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  if (/[.!?…。！？]$/u.test(capital)) return capital;
  // Japanese and Chinese end a sentence with their own full stop.
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(capital) ? `${capital}。` : `${capital}.`;
}
