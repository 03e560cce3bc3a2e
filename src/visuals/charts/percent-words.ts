/** The words (and signs) that make a number a percentage, in the languages we narrate: a regex alternation. */
export const PERCENT_WORDS = String.raw`%|percent|per cent|prozent|pour cent|por ciento|por cento|per cento|procent\p{L}*|процент\p{L}*|відсот\p{L}*|パーセント|％`;
