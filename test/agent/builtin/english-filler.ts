import type { KnownLanguage, VideoKind } from '../../../src/agent/index.js';
import { genericNarration } from '../../../src/agent/builtin/generic-narration.js';
import { stopWords, wordsOf } from '../../../src/agent/text/index.js';

export const videoKinds: VideoKind[] = ['announcement', 'explainer', 'howto', 'list', 'story', 'demo', 'news'];

/** Every word of a language's narration templates (all kinds, with and without a topic). */
function templateWords(language: KnownLanguage): Set<string> {
  const words = new Set<string>();
  for (const kind of videoKinds) {
    for (const topic of [null, 'x']) {
      const g = genericNarration({ topic, audience: null, kind, language });
      const text = [g.hook, g.body, g.cta, g.ctaHeadline, ...g.extra, ...g.sections.flatMap((s) => [s.heading, s.narration])].join(' ');
      for (const w of wordsOf(text)) words.add(w);
    }
  }
  return words;
}

/**
 * English filler that must not show up in another language's storyboard: the English templates' words,
 * less those the language's own templates, its function words or the prompt use too ("simple", "moment").
 */
export function englishFiller(language: KnownLanguage, prompt: string): Set<string> {
  const allowed = new Set([...templateWords(language), ...stopWords[language], ...wordsOf(prompt), 'x']);
  return new Set([...templateWords('en')].filter((w) => !allowed.has(w)));
}

/** The English words of a storyboard's narration, headlines and bullets. */
export function englishWordsIn(shown: string, filler: ReadonlySet<string>): string[] {
  return wordsOf(shown).filter((w) => filler.has(w));
}
