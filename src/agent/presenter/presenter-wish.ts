import type { VoiceGender } from '../../media/tts/index.js';

/** What a prompt or a message asks of the on-screen presenter: none, or one (of a gender, when it says so). */
export type PresenterWish = { kind: 'none' } | { kind: 'presenter'; gender: VoiceGender | null };

/** A letter boundary for scripts with accents (\b stops at "é"). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** The words for the person on screen, in the languages the agent answers in. */
const PRESENTER = String.raw`(?:on-?screen\s+)?(?:presenters?|avatars?|hosts?|talking heads?|spokes(?:person|woman|man)|sprecher(?:in)?|moderator(?:in)?|präsentator(?:in)?|présentat(?:eur|rice)|animat(?:eur|rice)|presentador(?:a)?|presentat(?:ore|rice)|apresentador(?:a)?|司会|プレゼンター|アバター)`;
const ARTICLE = String.raw`(?:(?:an?|the|any|one|einen?|einer|die|den|le|la|l['’]|un|une|el|una|il|lo|o|um|uma)\s*)?`;

const NONE = new RegExp(
  [
    // "no presenter", "without an avatar", "don't show a host", "remove the presenter", "ohne Sprecher", "sans présentateur", …
    String.raw`${B}(?:no|without|don['’]?t (?:want|need|show|use)|do not (?:want|need|show|use)|remove|hide|drop|get rid of|lose|ohne|kein(?:e|en|er)?|sans|pas d['’]|pas de|sin|senza|sem|nessun(?:a|o)?)\s+${ARTICLE}(?:[\p{L}-]+\s+)?${PRESENTER}${E}`,
    // "the presenter off", "Avatar entfernen", "enlève le présentateur", "quita el presentador", "togli il presentatore", "tire o apresentador"
    String.raw`${B}${PRESENTER}\s+(?:off|entfernen|weg|weglassen|ausblenden)${E}`,
    String.raw`${B}(?:entferne|lösche|streiche|nimm|enlève|enlever|retire|retirer|supprime|supprimer|quita|quitar|elimina|eliminar|togli|rimuovi|remova|remover|tire|tirar)\s+${ARTICLE}${PRESENTER}${E}`,
    // "voice-over only", "just a voiceover", "faceless", "nur Sprecherstimme"
    String.raw`${B}(?:voice-?over only|only (?:a )?voice-?over|just (?:a )?voice-?over|faceless|nur (?:eine? )?(?:voice-?over|sprecherstimme|stimme))${E}`,
    String.raw`(?:プレゼンター|アバター|司会)(?:なし|は?不要|を?消して|を?削除)`,
  ].join('|'),
  'iu',
);

const SOME = new RegExp(
  String.raw`${B}(?:add|use|with|include|put in|want|need|bring back|mit|avec|con|com|aggiungi|ajoute|añade|agrega|adicione)\s+${ARTICLE}(?:[\p{L}-]+\s+){0,2}${PRESENTER}${E}|${B}${PRESENTER}\s*(?::|please)|${B}(?:another|a different|a new|an other|other)\s+${PRESENTER}${E}|${B}(?:female|male|woman|man|weiblichen?|männlichen?)\s+${PRESENTER}${E}`,
  'iu',
);

const FEMALE = /(?<![\p{L}])(?:female|woman|women|lady|feminine|weiblich\p{L}*|frau|femme|féminin\p{L}*|mujer|femenin\p{L}*|donna|femminil\p{L}*|mulher|feminin\p{L}*|sprecherin|moderatorin|präsentatorin|présentatrice|animatrice|presentadora|presentatrice|apresentadora|spokeswoman|女性)(?![\p{L}])/iu;
const MALE = /(?<![\p{L}])(?:male|man|men|guy|masculine|männlich\p{L}*|mann|homme|masculin\p{L}*|hombre|masculin\p{L}*|uomo|maschil\p{L}*|homem|spokesman|男性)(?![\p{L}])/iu;

/**
 * What `text` asks of the presenter, or null when it says nothing about one. "No presenter" wins over a
 * mention of one ("a video without a presenter"); a gender is read only next to a presenter's mention.
 */
export function presenterWish(text: string): PresenterWish | null {
  if (NONE.test(text)) return { kind: 'none' };
  const some = SOME.exec(text);
  if (!some) return null;
  // The gender words of the mention and of the few words around it ("a presenter who is a woman").
  const around = text.slice(Math.max(0, some.index - 24), some.index + some[0].length + 24);
  const gender = FEMALE.test(some[0]) ? 'female' : MALE.test(some[0]) ? 'male' : FEMALE.test(around) ? 'female' : MALE.test(around) ? 'male' : null;
  return { kind: 'presenter', gender };
}

/** The prompt with its presenter phrases taken out ("…, with a female presenter"), so they are not part of the topic. */
export function withoutPresenterPhrases(text: string): string {
  return text.replace(PHRASE, '');
}

/** A presenter phrase with the comma before it, as `withoutPresenterPhrases` takes it out (compiled once). */
const PHRASE = new RegExp(String.raw`,?\s*(?:${NONE.source}|${B}(?:with|mit|avec|con|com)\s+${ARTICLE}(?:[\p{L}-]+\s+){0,2}${PRESENTER}${E})`, 'giu');
