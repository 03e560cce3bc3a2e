import { splitSentences } from './split-sentences.js';

/**
 * Sentences that say nothing about the subject: announcing the video ("in this video we take a look at"),
 * promising what comes ("here is what we will cover"), placeholders ("our topic"), and sign-offs used as
 * padding ("thanks for watching"). Per language; a planner's output must contain none of them (the agent
 * evaluation and the planner tests count them).
 */
export const FILLER_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\bin this (?:video|clip|short)\b/i, /\bhere(?:'s| is) what (?:we(?:'ll| will)|you(?:'ll| will)) (?:cover|learn|see|look at)\b/i, /\bour topic\b/i,
    /\bwhy they help\b/i, /\bhere is the short version\b/i, /\bbefore looking at any details\b/i, /\ba good way to see the importance of\b/i,
    /\bthanks? (?:you )?for watching\b/i, /\blet(?:'|’)?s (?:take a (?:closer |quick )?look|dive (?:in|right in)|get started)\b/i,
    /\bmore to .{1,60} than meets the eye\b/i, /\bstay curious\b/i, /\bkeep that in mind\b/i, /\bthat is .{1,60}, in short\b/i,
    /\btry one of these today\b/i, /\bwithout further ado\b/i, /\b(?:like and )?subscribe\b/i, /\bit all starts with a few simple ideas\b/i,
    /\bwe take a (?:clear|quick|close) (?:and simple )?look at\b/i, /\bhere is what you need to know\b/i, /\bwhat it means, how it works\b/i,
  ],
  de: [
    /(?<!\p{L})in diesem video(?!\p{L})/iu, /(?<!\p{L})das erwartet sie(?!\p{L})/iu, /(?<!\p{L})unser thema(?!\p{L})/iu, /(?<!\p{L})danke fürs zuschauen(?!\p{L})/iu,
    /(?<!\p{L})bleiben sie neugierig(?!\p{L})/iu, /(?<!\p{L})werfen wir einen (?:\p{L}+ )?blick(?!\p{L})/iu, /(?<!\p{L})das war das wichtigste in kürze(?!\p{L})/iu,
    /(?<!\p{L})das sollten sie wissen(?!\p{L})/iu,
  ],
  fr: [
    /(?<!\p{L})dans cette vidéo(?!\p{L})/iu, /(?<!\p{L})voici ce que nous allons voir(?!\p{L})/iu, /(?<!\p{L})notre sujet(?!\p{L})/iu,
    /(?<!\p{L})merci de votre attention(?!\p{L})/iu, /(?<!\p{L})merci d['’]avoir regardé(?!\p{L})/iu, /(?<!\p{L})restez curieux(?!\p{L})/iu, /(?<!\p{L})voilà pour l['’]essentiel(?!\p{L})/iu,
  ],
  es: [
    /(?<!\p{L})en este v[íi]deo(?!\p{L})/iu, /(?<!\p{L})esto es lo que veremos(?!\p{L})/iu, /(?<!\p{L})nuestro tema(?!\p{L})/iu,
    /(?<!\p{L})gracias por (?:vernos|ver el v[íi]deo)(?!\p{L})/iu, /(?<!\p{L})mant[ée]n la curiosidad(?!\p{L})/iu, /(?<!\p{L})esto es lo que necesitas saber(?!\p{L})/iu,
  ],
  it: [/(?<!\p{L})in questo video(?!\p{L})/iu, /(?<!\p{L})grazie per la visione(?!\p{L})/iu, /(?<!\p{L})il nostro tema(?!\p{L})/iu],
  pt: [/(?<!\p{L})neste vídeo(?!\p{L})/iu, /(?<!\p{L})obrigad[oa] por assistir(?!\p{L})/iu, /(?<!\p{L})o nosso tema(?!\p{L})/iu],
  nl: [/(?<!\p{L})in deze video(?!\p{L})/iu, /(?<!\p{L})bedankt voor het kijken(?!\p{L})/iu, /(?<!\p{L})ons onderwerp(?!\p{L})/iu],
  ja: [/この動画では/u, /ご覧いただきありがとうございま/u, /見ていきましょう/u, /チャンネル登録/u, /今回のテーマ/u],
};

const allPatterns = Object.values(FILLER_PATTERNS).flat();

/** The sentences of a text that match a filler pattern of any language. */
export function fillerSentences(text: string): string[] {
  return splitSentences(text).filter((sentence) => allPatterns.some((re) => re.test(sentence)));
}
