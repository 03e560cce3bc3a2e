/**
 * Month names (and their short forms) in the languages we narrate: a number beside one is a date ("lundi 12
 * janvier", "March 12"), not a quantity to count up or show big.
 */
const MONTHS = [
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  'januar|jänner|februar|märz|mai|juni|juli|oktober|dezember',
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro',
  'januari|februari|maart|mei|augustus|augusti',
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
  // Languages that write a day as "12." (Danish, Norwegian, Finnish, Czech, Hungarian, Croatian); Finnish inflects.
  'marts|maj|desember',
  String.raw`tammikuu\p{L}*|helmikuu\p{L}*|maaliskuu\p{L}*|huhtikuu\p{L}*|toukokuu\p{L}*|kesäkuu\p{L}*|heinäkuu\p{L}*|elokuu\p{L}*|syyskuu\p{L}*|lokakuu\p{L}*|marraskuu\p{L}*|joulukuu\p{L}*`,
  'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince',
  'január|február|március|április|május|június|július|augusztus|szeptember|október',
  'siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca',
].join('|');

/** Words after a number that make it a clock time ("2 pm", "9 Uhr", "14 h", "9 o'clock"). */
const CLOCK_AFTER = String.raw`(?:[ap]\.?m\.?|uhr|h|heures?|horas?|hrs?|o['’]clock)`;

const monthAfter = new RegExp(String.raw`^[\s.,]*(?:de\s+|di\s+)?(?:${MONTHS})(?!\p{L})`, 'iu');
const monthBefore = new RegExp(String.raw`(?<!\p{L})(?:${MONTHS})\.?\s*$`, 'iu');
const clockAfter = new RegExp(String.raw`^\s?${CLOCK_AFTER}(?!\p{L})|^[:h]\d\d`, 'iu');
const clockBefore = /(?<!\p{L})(?:at|um|à|a las|alle|às|om)\s*$/iu;

/**
 * Whether the number at text[start, end) is a day written with an ordinal dot before its month ("am 12. Januar",
 * "den 3. maj"): that dot ends no sentence, clause or caption.
 */
export function isOrdinalDay(text: string, start: number, end: number): boolean {
  return /^\d{1,2}$/u.test(text.slice(start, end)) && text[end] === '.' && monthAfter.test(text.slice(end + 1, end + 24));
}

/**
 * Whether the number written at text[start, end) is part of a date or a clock time: a month name beside it, or
 * a time after it ("2 pm", "9:30", "14h"). Such numbers are never shown as figures.
 */
export function isDateOrTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  // Japanese and Chinese dates and times: 1月12日, 2026年, 9時, 14点.
  const cjk = /^\s?[日月年時点号]/u.test(after) || /月\s?$/u.test(before);
  // The minutes of a clock time ("11:30", "14h30", "9.15 Uhr") are no figure either.
  const minutes = /\d[:h.]$/iu.test(before) && /^\d\d$/.test(text.slice(start, end));
  return cjk || minutes || monthAfter.test(after) || monthBefore.test(before) || clockAfter.test(after) || (clockBefore.test(before) && /^\s*(?:$|[,.;])/u.test(after));
}
