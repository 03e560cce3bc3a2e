import type { KnownLanguage } from '../text/index.js';
import { BARE_TOPIC_TEXTS, type TopicShape } from './bare-topic-messages.js';
import type { VideoKind } from './parse-request.js';
import { comparedPair } from './topic-title.js';

/** An answer to the question back that means "make it with what you have" ("go ahead", "mach einfach", "vas-y"). */
const proceedAnswer =
  /^\s*(?:ok(?:ay)?[,\s]+)?(?:go ahead|go for it|just (?:make|do) it|do it anyway|proceed|whatever you think|your call|surprise me|mach einfach|mach es einfach|leg los|vas-y|allez-y|adelante|hazlo|vai|fai tu|pode fazer|ga je gang|doe maar)[\s.!]*$/iu;

/** The prompt without "go ahead" answers, and whether there was one. */
export function takeProceedAnswers(prompt: string): { prompt: string; proceed: boolean } {
  const lines = prompt.split(/\n+/);
  const kept = lines.filter((line) => !proceedAnswer.test(line));
  return { prompt: kept.join('\n\n'), proceed: kept.length < lines.length };
}

const ownTopic = /^(?:our|my|unser\p{L}*|mein\p{L}*|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|il nostro|la nostra|nosso|nossa|onze|ons|mijn)\s/iu;

function shapeOf(topic: string, kind: VideoKind): TopicShape {
  if (comparedPair(topic) || /\b(?:vs\.?|versus|or)\b/i.test(topic)) return 'compare';
  if (kind === 'howto' || kind === 'list' || kind === 'story') return kind;
  // The user's own product or news ("our new app", "notre nouvelle boutique"): what is new, for whom.
  if (kind === 'announcement' || kind === 'news' || kind === 'demo' || ownTopic.test(topic)) return 'news';
  return 'explainer';
}

/** One question with concrete choices (what to cover, for whom, how long) for a topic with nothing to say about it. */
export function bareTopicQuestion(topic: string, kind: VideoKind, language: KnownLanguage): string {
  const texts = BARE_TOPIC_TEXTS[language];
  return texts.question({ topic, cover: texts.cover[shapeOf(topic, kind)] });
}

/** Said with the short title video a bare topic gets in generate mode: a language model would write more. */
export function titleOnlyMessage(title: string, seconds: number, language: KnownLanguage): string {
  return BARE_TOPIC_TEXTS[language].titleOnly({ title, seconds });
}
