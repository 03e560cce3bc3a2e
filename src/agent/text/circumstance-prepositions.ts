/** Words that open a clause describing circumstance rather than a fact ("Across Europe, …"): never split there. */
export const leadingPreposition = /^(?:across|in|on|at|for|from|after|before|during|since|over|under|with|without|by|as|when|while|if|because|although|though)\b/i;

/**
 * Prepositions that open a clause of circumstance ("…, at 11:30 on the ground floor", "…, um 11:30 Uhr im
 * Erdgeschoss"): such a clause stays with the fact it qualifies. Per language, since a word can be a preposition
 * in one and an article in another (Portuguese "a").
 */
export const circumstancePreposition: Readonly<Record<string, RegExp>> = {
  en: leadingPreposition,
  de: /^(?:um|am|im|an|auf|ab|bis|seit|vor|nach|mit|ohne|für|bei|von|vom|zum|zur|während|wegen|in)(?!\p{L})/iu,
  fr: /^(?:à|au|aux|dans|en|pour|avec|sans|sur|dès|depuis|après|avant|pendant|chez|par|vers)(?!\p{L})/iu,
  es: /^(?:a|al|en|con|sin|para|por|desde|hasta|tras|durante|sobre|del)(?!\p{L})/iu,
  it: /^(?:a|al|alla|alle|in|nel|nella|con|senza|per|dal|dalla|dopo|prima|durante|su|sul|sulla)(?!\p{L})/iu,
  pt: /^(?:ao|à|às|em|no|na|nos|nas|com|sem|para|por|desde|até|após|durante)(?!\p{L})/iu,
  nl: /^(?:om|op|in|aan|met|zonder|voor|na|tijdens|vanaf|tot|bij)(?!\p{L})/iu,
};
