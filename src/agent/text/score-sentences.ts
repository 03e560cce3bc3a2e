import { stopWords, wordsOf, type KnownLanguage } from './stop-words.js';

/** A crude stem so "prices", "pricing" and "price" meet. */
export function stem(word: string): string {
  return word.length <= 4 ? word : word.replace(/(ing|ings|ed|es|s|ly|ment|ments|ion|ions|ung|en|er|e)$/u, '').slice(0, 8);
}

/** Content-word stems of a text (no stop words, no 1–2 letter words). */
export function keyStems(text: string, language: KnownLanguage = 'en'): string[] {
  const stops = stopWords[language] ?? stopWords.en;
  return wordsOf(text)
    .filter((w) => w.length > 2 && !stops.has(w) && !stopWords.en.has(w))
    .map(stem);
}

/**
 * How important each sentence is to the text, for extractive summaries: the average frequency of its
 * content words across the text, boosted for words of the topic, numbers, and the opening sentences;
 * very short and very long sentences lose a little.
 */
export function scoreSentences(sentences: readonly string[], options: { topic?: string; language?: KnownLanguage } = {}): number[] {
  const language = options.language ?? 'en';
  const stems = sentences.map((s) => keyStems(s, language));
  const frequency = new Map<string, number>();
  for (const list of stems) for (const s of new Set(list)) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const topic = new Set(keyStems(options.topic ?? '', language));
  const maxFrequency = Math.max(1, ...frequency.values());
  return sentences.map((sentence, i) => {
    const list = stems[i]!;
    if (list.length === 0) return 0;
    const tf = list.reduce((sum, s) => sum + (frequency.get(s) ?? 0) / maxFrequency, 0) / Math.sqrt(list.length);
    const topical = list.filter((s) => topic.has(s)).length * 0.4;
    const numbers = /\d/.test(sentence) ? 0.3 : 0;
    const position = i === 0 ? 0.6 : i < 3 ? 0.25 : 0;
    const words = sentence.split(/\s+/).length;
    const lengthPenalty = words < 5 ? 0.5 : words > 40 ? 0.3 : 0;
    return tf + topical + numbers + position - lengthPenalty;
  });
}
