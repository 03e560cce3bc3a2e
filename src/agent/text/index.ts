export { detectLanguage } from './detect-language.js';
export { splitSentences } from './split-sentences.js';
export { scoreSentences, keyStems, stem } from './score-sentences.js';
export { headlineFrom } from './headline-from.js';
export { titleCase } from './title-case.js';
export { stopWords, wordsOf, knownLanguages, type KnownLanguage } from './stop-words.js';
export { detectScriptLanguage } from './detect-script-language.js';
