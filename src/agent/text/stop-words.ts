/** Languages the built-in planner recognises (beyond these it keeps English). */
export const knownLanguages = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type KnownLanguage = (typeof knownLanguages)[number];

const lists: Record<KnownLanguage, string> = {
  en: `a an the and or but if of to in on at by for with about from into over after before as is are was were be been being
    it its this that these those there their they them we our us you your he she his her i me my what which who whom how why when
    where do does did done can could will would should may might must not no so than then too very just also more most such only
    own same some any each all both few other up down out off again once here have has had having make made get got let lets
    until since between`,
  de: `der die das und oder aber wenn von zu im in an auf mit für über aus bei nach vor ist sind war waren sein wird werden es
    ein eine einen einem einer eines nicht auch wie was wer wo warum dass sich ich du er sie wir ihr uns euch den dem des noch
    nur schon sehr mehr bis zum zur um durch ohne gegen hat haben kann können soll sollte muss diese dieser dieses
    seit zwischen`,
  fr: `le la les un une des et ou mais si de du au aux en dans sur par pour avec sans sous est sont était être avoir a ont ce
    cette ces qui que quoi dont où ne pas plus très aussi comme nous vous ils elles il elle je tu se sa son ses leur leurs notre
    votre mon ma mes y l d qu c n s j depuis jusqu vers chez entre`,
  es: `el la los las un una unos unas y o pero si de del al en por para con sin sobre es son era ser estar está están ha han
    que qué quien como cómo donde dónde no muy más también este esta estos estas ese esa lo le les se su sus nuestro nuestra
    mi mis tu yo nosotros ellos hay desde hasta hacia entre tras`,
  it: `il lo la i gli le un uno una e o ma se di del della dei delle da in con su per tra fra è sono era essere ha hanno che
    chi come dove non più molto anche questo questa questi queste quello quella si suo sua nostro nostra mi ti ci vi al alla
    nel nella dal dalla dai fino verso senza`,
  pt: `o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas por para com sem sobre é são era ser estar está
    estão tem têm que quem como onde não muito mais também este esta estes estas esse essa isso seu sua nosso nossa eu você
    ao à às aos pelo pela pelos pelas desde até entre`,
  nl: `de het een en of maar als van te in op aan bij met voor over uit na is zijn was waren worden wordt dat die dit deze wat
    wie waar hoe niet ook nog meer zeer heel er hij zij wij jij ik je we ze ons onze hun haar zijn door om tot naar geen kan
    kunnen moet`,
};

/** Common function words per language, for language detection and for ignoring filler when scoring. */
export const stopWords: Record<KnownLanguage, ReadonlySet<string>> = Object.fromEntries(
  knownLanguages.map((lang) => [lang, new Set(lists[lang].split(/\s+/).filter(Boolean))]),
) as unknown as Record<KnownLanguage, ReadonlySet<string>>;

/** Lower-cased words of a text (letters, digits, apostrophes inside words). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
