import { headlineFrom, splitSentences } from '../text/index.js';
import type { Orientation } from '../../storyboard/index.js';
import { presenterWish, withoutPresenterPhrases } from '../presenter/index.js';

export type VideoKind = 'announcement' | 'explainer' | 'howto' | 'list' | 'story' | 'demo' | 'news';

/** What the user asked for, read from the wording of the prompt. */
export interface ParsedRequest {
  /** The sentence that asks for the video ("Make a 60 second video about X for Y"), if any. */
  instruction: string | null;
  /** Everything else: the material to narrate. */
  content: string;
  topic: string | null;
  audience: string | null;
  durationSec: number | null;
  orientation: Orientation | null;
  kind: VideoKind;
  /** The call to action the user asked for ("End with a call to plant a bee-friendly garden" → "Plant a bee-friendly garden."). */
  cta: string | null;
  /** Points the user asked to mention or include, as sentences to narrate. */
  mentions: string[];
  /** Instruction sentences found anywhere in the prompt (never narrated). */
  directives: string[];
}

const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  'forty-five': 45, fortyfive: 45, sixty: 60, ninety: 90, ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, une: 1, un: 1, deux: 2,
  trois: 3, uno: 1, una: 1, dos: 2, tres: 3,
};

const requestStart =
  /^\s*(?:hi|hey|hello|please|pls|ok|okay)?[\s,!]*(?:(?:can|could|would) you\s+|i(?:'d| would)? (?:like|want|need)(?: you)?(?: to)?\s+|we(?:'d| would)? (?:like|want|need)(?: you)?(?: to)?\s+|let'?s\s+|i need\s+|we need\s+)?(?:please\s+)?(?:make|create|generate|produce|build|do|give me|write|render|prepare|turn|convert|film|put together|draft|announce|explain|show|teach|introduce|promote|describe|present|summari[sz]e|tell|erstelle|erstellen sie|mach|mache|machen sie|produziere|erkläre|erklär|erklären sie|beschreibe|zeige|erzähle|erzähl|erzählen sie|kündige an|kündigen sie an|fais|faites|créez|crée|créer|réalise|explique|expliquez|décris|décrivez|présente|présentez|montre|montrez|raconte|racontez|annonce|annoncez|haz|haga|crea|cree|explica|explícame|explícanos|muestra|cuenta|anuncia|genera|fai|spiega|spiegami|descrivi|mostra|racconta|annuncia|maak|beschrijf|vertel|faça|faz|crie|mostre|descreva|conte|anuncie)(?!\p{L})/iu;
// Letter lookarounds, not \b: \b ends a word at "é", so "vid" was found inside "vidéo".
const videoWord = /(?<!\p{L})(video|videos|clip|reel|reels|tiktok|short|shorts|explainer|tutorial|animation|vid|vídeo|vidéo|filmpje|видео|ролик|видеоролик)(?!\p{L})/iu;

function parseDuration(text: string): number | null {
  const t = text.toLowerCase();
  const minutes = /(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|ten|half an?|ein(?:e|er)?|zwei|drei|une?|deux|trois|uno|una|dos|tres)[\s-]*(?:minutes?|mins?|minuten|minute|minutos?|minuti|minuut)\b/.exec(t);
  const seconds = /(\d+(?:[.,]\d+)?|fifteen|twenty|thirty|forty(?:-?five)?|sixty|ninety)[\s-]*(?:seconds?|secs?|sec|s|sekunden|secondes?|segundos?|secondi|seconden)\b/.exec(t);
  let total = 0;
  if (minutes) {
    const raw = minutes[1]!;
    const value = raw.startsWith('half') ? 0.5 : (numberWords[raw] ?? Number(raw.replace(',', '.')));
    total += value * 60;
  }
  if (seconds) total += numberWords[seconds[1]!.replace('-', '')] ?? Number(seconds[1]!.replace(',', '.'));
  if (!minutes && !seconds && /\bhalf a minute\b/.test(t)) total = 30;
  return total >= 5 && total <= 1800 ? total : null;
}

function parseOrientation(text: string): Orientation | null {
  if (/(?<!\p{L})(vertical|portrait|tiktok|tik tok|reels?|shorts|9\s*:\s*16|instagram stor(?:y|ies)|hochformat|verticale?|vertikale?[nsr]?|verticais|verticales)(?!\p{L})/iu.test(text)) return 'portrait';
  if (/(?<!\p{L})(horizontal|horizontale?[nsr]?|landscape|16\s*:\s*9|widescreen|querformat|paysage)(?!\p{L})/iu.test(text)) return 'landscape';
  return null;
}

/** A length that names the video: "a 30-second video", "60 s clip", "Video von 30 Sekunden". */
const videoLength =
  /(?:\d+(?:[.,]\d+)?|an?|one|two|three|half an?)[\s-]*(?:seconds?|secs?|sec|s|minutes?|mins?|sekunden|minuten|secondes?|segundos?|secondi|seconden)[\s-]*(?:long\s+)?(?:video|clip|reel|short|explainer|tiktok|vídeo|vidéo|filmpje)\b|\b(?:video|clip|vídeo|vidéo)\s+(?:of|von|de|di|van)\s+\d+\s*(?:seconds?|sekunden|secondes?|segundos?|secondi|seconden|minutes?|minuten|minutos?|minuti)\b/i;

/** Counted lists in words ("four mistakes", "drei Tipps", "cinq conseils") as well as digits. */
const countWord = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|six|sept|huit|dix|dos|tres|cuatro|cinco|seis|siete|ocho|diez|due|tre|quattro|cinque|sei|sette|otto|dieci|duas|quatro|oito|twee|drie|vijf|zes|zeven|tien)';

/** Italian "sulla", "sul", … hold the article a possessive takes: "sulla nostra palestra" is about "la nostra palestra". */
const contractedArticle: Record<string, string> = { sulla: 'la', sullo: 'lo', sul: 'il', sulle: 'le', sugli: 'gli', sui: 'i' };

function withContractedArticle(marked: string, topic: string): string {
  const article = contractedArticle[marked.trim().split(/\s+/)[0]!.toLowerCase()];
  return article && /^(?:nostr|vostr|mi|tu|su)[aoie]\s/iu.test(topic) ? `${article} ${topic}` : topic;
}

/**
 * The kind an instruction asks for, else the kind the material's heading names when a colon opens its list
 * ("Make a vertical video: three tips to sleep better: …" is a list).
 */
function requestKind(instruction: string, content: string): VideoKind {
  const asked = parseKind(instruction);
  const heading = /^([^:.!?\n]{3,120}):\s/u.exec(content)?.[1];
  return asked === 'explainer' && heading ? parseKind(heading) : asked;
}

function parseKind(text: string): VideoKind {
  const t = text.toLowerCase();
  // "comment faire", "cómo preparar", "wie man … backt" are how-tos; "comment fonctionne …" explains.
  if (/\bhow[ -]to\b|\bhow do (?:i|you)\b|\bstep[- ]by[- ]step\b|\btutorial\b|\bguide\b|\bsteps\b|\banleitung\b|\bwie man\b|(?<!\p{L})(?:comment\s+(?:bien\s+)?\p{L}+(?:er|ir|re)|cómo\s+\p{L}+(?:ar|er|ir)(?:l[oa]s?|se)?|schritt für schritt|étape par étape|paso a paso)(?!\p{L})/u.test(t)) return 'howto';
  if (/\b(top \d+|list of|listicle)\b/.test(t) || new RegExp(`(?<!\\p{L})${countWord}\\s+(?:\\p{L}+\\s+)?(?:tips|ways|reasons|things|mistakes|ideas|tricks|facts|benefits|steps|habits|rules|signs|tipps|gründe|fehler|ideen|tricks|wege|regeln|conseils|astuces|raisons|erreurs|idées|façons|consejos|trucos|razones|errores|ideas|formas|maneras|consigli|motivi|errori|dicas|motivos|erros|tips|redenen|fouten)(?!\\p{L})`, 'u').test(t)) return 'list';
  if (/(?<!\p{L})\d+\s+(?:tipps|gründe|fehler|ideen|tricks|wege|conseils|astuces|raisons|erreurs|idées|façons|consejos|trucos|razones|errores|ideas|formas|maneras|consigli|motivi|errori|dicas|motivos|erros|tips|redenen|fouten)(?!\p{L})/u.test(t)) return 'list';
  if (/\b(announc\w*|launch\w*|introduc\w*|unveil\w*|now available|release[sd]?|new feature|excited to|ankündig\w*|annonce\w*|anuncia\w*|lanzamiento)\b/.test(t)) return 'announcement';
  if (/\b(demo|walkthrough|walk-through|product tour|showcase|tour of)\b/.test(t)) return 'demo';
  if (/\b(news|breaking|update|report|recap|headlines|nachrichten|actualités|noticias)\b/.test(t)) return 'news';
  if (/\b(story|once upon|journey|tale|history of|geschichte|histoire|historia)\b/.test(t)) return 'story';
  return 'explainer';
}

// \b does not know accented letters: these markers use letter lookarounds instead.
/** "X (now) has / supports / offers …" in the languages we plan: news about X, said as a sentence. */
const newsVerb =
  /(?<!\p{L})(?:(?:now|finally|ya|jetzt|ora|agora|maintenant|désormais)\s+)?(?:supports?|has|have|offers?|gets?|adds?|launches|introduces|comes with|is getting|includes|tiene|admite|ofrece|incluye|hat|unterstützt|bietet|enthält|a (?:maintenant|désormais)|propose|prend en charge|inclut|offre|supporta|include|tem|suporta|oferece|inclui)(?!\p{L})/iu;
const topicMarker =
  /(?<!\p{L})(?:about|on the topic of|on|regarding|explaining|that explains|explains|covering|introducing|announcing|showing|describing|showcasing|promoting|über|zum thema|sur|à propos de|concernant|sobre|acerca de|riguardo|sulla|sullo|sugli|sulle|sul|sui|su|over)\s+(.+)$/iu;
const audienceMarker = /(?:^|\s+)(?:for|aimed at|targeted at|targeting|geared towards|für|pour|para|per|voor|для)\s+((?:(?!(?<!\p{L})(?:in|on|with|under|within)(?!\p{L})).)+)$/iu;
/** Words that carry no topic: a prompt made only of these gives the planner nothing to go on. */
const fillerWords =
  /^(?:hi|hey|hello|yo|hallo|bonjour|hola|ciao|please|pls|thanks|thank|you|me|us|a|an|the|video|videos|clip|make|create|generate|do|something|anything|stuff|some|help|test|testing|ok|okay|can|could|would|i|we|want|need|like|new|one|good|nice|cool|great|it|this|that|for|of|and|or|to|mir|ein|eine|un|une|una|vidéo|vídeo|mach|fais|haz)$/i;

export function hasSubstance(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => !fillerWords.test(w));
}

function cleanTopic(text: string): string {
  return text
    .replace(/,?\s*(?:as|in)\s+an?\s+[^,]*?\b(?:video|clip|reel|short|tiktok)\b.*$/i, '')
    .replace(/\b(?:in|within|under|of|about|lasting|de|von|en|di)\s+(?:about\s+)?(?:\d+|an?|one|two|half a)\s*[-\s]?(?:seconds?|secs?|s|minutes?|mins?|sekunden|minuten|secondes|segundos)\b/gi, '')
    .replace(/\b\d+[\s-]*(?:seconds?|secs?|s|minutes?|mins?|sekunden|minuten|secondes|segundos|second|minute)[\s-]*(?:long)?\b/gi, '')
    // "Green tea in two sentences", "… in a nutshell", "… in 5 points": the form asked for, not the topic; what follows a colon is material.
    .replace(/\s+(?:in|en|in)\s+(?:\d+|one|two|three|four|five|a few|few|zwei|drei|deux|trois|dos|tres)\s+(?:sentences?|words?|lines?|points?|steps?|sätzen|wörtern|phrases?|mots|frases|palabras)\b[^:]*/i, '')
    .replace(/\s+(?:in a nutshell|in brief|in short|in a minute|kurz erklärt|en bref|en resumen|en pocas palabras)\b[^:]*/i, '')
    .replace(/\b(?:in|as a|as an|for)\s+(?:vertical|portrait|landscape|horizontal)\b.*$/i, '')
    .replace(/\b(?:for|on)\s+(?:tiktok|tik tok|instagram|reels|youtube shorts|shorts|youtube|linkedin)\b.*$/i, '')
    .replace(/(?<!\p{L})(?:vertical|verticale|vertikal|vertikales|vertikalen|portrait|landscape|hochformat|querformat|9:16|16:9)(?!\p{L})-?/giu, '')
    .replace(/^(?:an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:product\s+)?(?:tour|demo|walkthrough|overview|introduction)\s+(?:of|to)\s+/i, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,:;"'“]+|[\s,.:;!?"'”]+$/g, '')
    .trim();
}

/** German finite verbs that end a "dass" clause of news ("dass Acme Notes jetzt einen dunklen Modus hat"). */
const clauseFinalVerb = /\s+(hat|haben|unterstützt|unterstützen|bietet|bieten|enthält|enthalten|kann|können|ist|sind|gibt|bekommt|erhält|wird|werden|öffnet|schließt|startet)[.!]?$/iu;

/**
 * A German subordinate clause said as a main clause: its final verb moves behind the subject, the leading run of
 * capitalised words and numbers after an article ("dass Acme Notes 3.0 jetzt einen dunklen Modus hat" → "Acme Notes 3.0 hat jetzt
 * einen dunklen Modus"). Unchanged when it ends with no verb it knows or has no such subject.
 */
function mainClause(clause: string): string {
  const verb = clauseFinalVerb.exec(clause);
  if (!verb) return clause;
  const words = clause.slice(0, verb.index).split(/\s+/);
  const article = /^(?:der|die|das|unser|unsere|ein|eine|mein|meine)$/i.test(words[0]!) ? 1 : 0;
  let subject = article;
  while (subject < words.length - 1 && /^[\p{Lu}\p{N}]/u.test(words[subject]!)) subject++;
  if (subject === article) return clause;
  return [...words.slice(0, subject), verb[1]!, ...words.slice(subject)].join(' ');
}

function sentenceCase(text: string): string {
  const t = text.trim().replace(/^["'“‘]+|["'”’]+$/g, '').replace(/[\s,;:]+$/, '');
  if (t === '') return '';
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

/** "a call to plant a bee-friendly garden" → "Plant a bee-friendly garden." */
function ctaFrom(rest: string): string | null {
  let t = rest.trim().replace(/[.!]+$/, '');
  const quoted = /^[^"“]*["“]([^"”]{3,})["”]/.exec(t);
  if (quoted) return sentenceCase(quoted[1]!);
  t = t
    .replace(/^(?:a|an|the|our|my)\s+/i, '')
    .replace(/^(?:strong|clear|short|simple|quick|friendly|final)\s+/i, '')
    .replace(/^(?:call[\s-]+to[\s-]+action|cta|call|ask|request|invitation|reminder|nudge|push|message)\b\s*/i, '')
    .replace(/^(?:(?:asking|telling|encouraging|inviting|urging|for)\s+)?(?:viewers|people|the viewers?|them|everyone|listeners|customers|users|the audience|readers|parents|students|folks)\s+/i, '')
    .replace(/^(?:to|that|:|-|–)\s*/i, '')
    .replace(/^(?:they|you)\s+(?:should\s+)?/i, '');
  if (t.split(/\s+/).length < 2 || /^(?:action|cta)$/i.test(t)) return null;
  return sentenceCase(t);
}

type Directive = { kind: 'cta'; text: string | null } | { kind: 'mention'; text: string } | { kind: 'audience'; text: string } | { kind: 'style' } | { kind: 'instruction' };

const ctaDirective =
  /^(?:and\s+|then\s+|please\s+)*(?:end|finish|close|wrap(?:\s+it)?\s+up|conclude|round (?:it )?off)(?:\s+(?:it|the video|things|the clip))?\s+(?:with|by|on)\s*:?\s+(.+)$/i;
const ctaLabel = /^(?:cta|call[\s-]+to[\s-]+action|closing|outro|ending)\s*[:\-–]\s*(.+)$/i;
const ctaAsk = /^(?:please\s+)?(?:ask|tell|encourage|invite|urge|remind)\s+(?:viewers|people|the viewers?|them|everyone|listeners|customers|users|the audience|readers)\s+to\s+(.+)$/i;
const ctaGerman = /^(?:zum schluss|am ende|abschließend|zum abschluss|schluss|ende)\b\s*(?::|mit\s+(?:einem|dem)\s+aufruf\s*:?|(?:ein|einen)\s+aufruf\s*:?)?\s*(.+)$/i;
const mentionDirective = /^(?:please\s+|also\s+|and\s+)*(?:mention|include|highlight|point out|stress|emphasi[sz]e|note|make sure to mention|don'?t forget(?: to mention)?|erwähne(?:n sie)?|nenne(?:n sie)?)\s+(?:that\s+|dass\s+)?(.+)$/i;
const audienceDirective = /^(?:the\s+)?(?:target\s+)?(?:audience|viewers|zielgruppe|public cible|público objetivo)\s*(?::|is|are|ist|sind)\s*(.+)$/i;
const styleDirective =
  /^(?:(?:please\s+)?(?:use|keep|make|give)\s+(?:it\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:tone|style|voice|vibe|feel|mood)\b|(?:tone|style|voice|mood|vibe|ton|tonfall|stil|length|duration|format|länge)\s*[:\-–]|keep it\s+(?:short|simple|brief|casual|friendly|fun|light|upbeat|punchy|under|below|around|tight)\b|(?:make it|it should be|should be)\s+(?:vertical|portrait|landscape|horizontal|short|punchy|fun|upbeat|friendly|casual)\b|(?:in\s+)?(?:a\s+)?(?:friendly|casual|formal|playful|upbeat|serious|professional|warm|fun|energetic)\s+(?:tone|style|voice)\b|(?:for|on)\s+(?:tiktok|instagram|reels|youtube|linkedin|shorts)\b|(?:vertical|portrait|landscape|9:16|16:9)\b[\w\s]{0,20}$|(?:no|without)\s+(?:music|jargon)\b|(?:about|around|roughly|max(?:imum)?|under|at most)?\s*\d+\s*(?:seconds?|secs?|s|minutes?|mins?)\s*(?:long|max(?:imum)?)?$)/i;

/** An instruction that shapes the video rather than material to narrate, if the sentence is one. */
function directiveOf(sentence: string): Directive | null {
  const t = sentence.trim().replace(/[.!]+$/, '');
  let m = ctaDirective.exec(t) ?? ctaLabel.exec(t) ?? ctaAsk.exec(t);
  if (m) return { kind: 'cta', text: ctaFrom(m[1]!) };
  m = ctaGerman.exec(t);
  if (m && /^(?:zum schluss|am ende|abschließend|zum abschluss|schluss|ende)\b/i.test(t)) {
    const rest = m[1]!.replace(/^(?:ein(?:en)?\s+)?aufruf\s*(?:,\s*|:\s*)?/i, '');
    return { kind: 'cta', text: rest.split(/\s+/).length >= 2 ? sentenceCase(rest) : null };
  }
  m = audienceDirective.exec(t);
  if (m) return { kind: 'audience', text: m[1]!.trim() };
  m = mentionDirective.exec(t);
  if (m && m[1]!.split(/\s+/).length >= 2) return { kind: 'mention', text: sentenceCase(m[1]!) };
  if (styleDirective.test(t)) return { kind: 'style' };
  // "No presenter, please." / "Mit einer Moderatorin.": who is on screen, not something to say.
  if (presenterWish(t) && withoutPresenterPhrases(t).split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length <= 2) return { kind: 'style' };
  // "Summarise this into a 30 second video." at the end of a pasted text.
  if (requestStart.test(t) && videoWord.test(t) && t.split(/\s+/).length <= 20) return { kind: 'instruction' };
  return null;
}

/** Removes instruction sentences from every prose line (list items are material), collecting what they ask for. */
function takeDirectives(text: string, keepFirst: boolean): { text: string; cta: string | null; mentions: string[]; audience: string | null; directives: string[] } {
  let cta: string | null = null;
  let audience: string | null = null;
  const mentions: string[] = [];
  const directives: string[] = [];
  const lines = text.split('\n').map((line, lineIndex) => {
    if (/^\s*(?:[-*•]|\d{1,2}[.)])\s+/.test(line) || line.trim() === '') return line;
    const sentences = splitSentences(line);
    const kept = sentences.filter((sentence, i) => {
      // The opening request is read separately (its topic becomes the title).
      if (keepFirst && lineIndex === 0 && i === 0 && !ctaDirective.test(sentence)) return true;
      const d = directiveOf(sentence);
      if (!d) return true;
      directives.push(sentence);
      if (d.kind === 'cta') cta = d.text ?? cta;
      else if (d.kind === 'mention') mentions.push(d.text);
      else if (d.kind === 'audience') audience = d.text.replace(/[.!]+$/, '');
      return false;
    });
    return kept.length === sentences.length ? line : kept.join(' ');
  });
  return { text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), cta, mentions, audience, directives };
}

/** A clause inside the request sentence that asks for the closing ("…, ending with a call to sign up"). */
const trailingCta = /[,;]?\s+(?:and\s+)?(?:end|ending|finish|finishing|close|closing|wrap(?:ping)? up)\s+(?:it\s+)?(?:with|by|on)\s+(.+)$/i;

/** A Japanese request sentence: it asks for a video ("動画を作ってください", "ビデオを作成して"). */
const japaneseAsk = /(?:動画|ビデオ|ムービー)[^。！？\n]*?(?:作って|作成して|作りたい|作る|お願い|ください|下さい)/u;
/** What the video is about, before "について(の)", "に関する", "の紹介": "新しい社員食堂についての動画" → "新しい社員食堂". */
const japaneseTopic = /^(.+?)(?:について(?:の)?|に関する|を紹介する|の紹介|を説明する)[^。、]{0,12}?(?:動画|ビデオ|ムービー)/u;

/**
 * A request written in Japanese ("新しい社員食堂についての動画を作ってください。1月12日に…"): its first sentence asks
 * for the video and names the topic, the rest is material; null when the prompt does not open with such a sentence.
 */
function japaneseRequest(text: string): ParsedRequest | null {
  const first = /^[^。！？\n]*[。！？]?/u.exec(text)?.[0] ?? '';
  if (!japaneseAsk.test(first)) return null;
  const topic = japaneseTopic.exec(first)?.[1]?.trim() ?? null;
  const audience = /([^、。\s]{1,12})向け/u.exec(first)?.[1] ?? null;
  const seconds = /(\d+)\s*秒/u.exec(first);
  const minutes = /(\d+)\s*分/u.exec(first);
  return {
    instruction: first,
    content: text.slice(first.length).trim(),
    topic: topic && audience ? topic.replace(new RegExp(`${audience}向けの?[、,]?`, 'u'), '').trim() || null : topic,
    audience,
    durationSec: seconds ? Number(seconds[1]) : minutes ? Number(minutes[1]) * 60 : null,
    orientation: /縦|ショート|リール|TikTok/iu.test(first) ? 'portrait' : /横/u.test(first) ? 'landscape' : null,
    kind: /手順|やり方|方法/u.test(first) ? 'howto' : /お知らせ|発表|告知/u.test(first) ? 'announcement' : 'explainer',
    cta: null,
    mentions: [],
    directives: [],
  };
}

/**
 * Words that say what kind of video, before the word "video" ("a short vertical video", "ein kurzes
 * Hochformat-Video", "une courte vidéo"): they name no topic.
 */
const videoAdjectives =
  /^(?:(?:short|quick|brief|fun|simple|professional|engaging|\d+[\s-]*(?:second|sec|s|minute|min)s?(?:[\s-]long)?|vertical|portrait|landscape|tiktok|instagram|youtube|linkedin|kurze[snm]?|kleine[snm]?|schnelle[snm]?|hochformat|querformat|vertikale[snm]?|courte?|petite?|rapide|corto|breve|rápido|piccolo|veloce|curto)(?!\p{L})[\s,-]+)*/iu;

/** A heading that only says what kind of message follows ("Invitation:", "Convite:", "Erinnerung:"). */
const noticeKind =
  /^(?:an?\s+)?(?:invitation|invite|reminder|notice|announcement|update|heads-up|einladung|erinnerung|hinweis|ankündigung|rappel|avis|annonce|invitación|recordatorio|aviso|anuncio|invito|promemoria|avviso|annuncio|convite|lembrete|anúncio)$/iu;
const inAVideo = new RegExp(
  String.raw`(?<!\p{L})(?:in|en|dans|em|num|numa|with|mit|con)\s+(?:(?:a|an|one|einem|einer|einen|un|une|una|uno|um|uma)\s+)?(?:(?:short|quick|kurzen|petite|courte|breve|corto|curto)\s+)?${videoWord.source}\s*,?`,
  'iu',
);
const lengthPhrase =
  /^[\s,]*(?:(?:of|von|de|di|van|da)\s+)?(?:\d+(?:[.,]\d+)?|an?|one|two|three|half an?|un|una|uno|une|ein|eine)[\s-]*(?:seconds?|secs?|sec|s|minutes?|mins?|sekunden|minuten|secondes?|segundos?|secondi|seconden|minutos?|minuti)(?!\p{L})/iu;
const platformPhrase =
  /^[\s,]*(?:for|für|para|pour|per|voor|on|auf|sur|en|su)\s+(?:tiktok|instagram(?:\s+reels)?|youtube(?:\s+shorts)?|linkedin|facebook|reels|shorts|social media|(?:las\s+)?redes sociales|(?:les\s+)?réseaux sociaux|(?:i\s+)?social|soziale medien)(?!\p{L})/iu;

/** What is left of a request after "a video" once its length and platform are gone ("di 30 secondi", "para Instagram"). */
function withoutLengthOrPlatform(rest: string): string {
  let left = rest;
  for (let previous = ''; previous !== left; ) {
    previous = left;
    left = left.replace(lengthPhrase, '').replace(platformPhrase, '');
  }
  return left;
}

/**
 * What a request sentence is about and for whom: "Make a 60 second video about bees for kids" → bees, kids.
 * `audience` is one already given elsewhere in the prompt (it wins).
 */
function instructionTopic(instruction: string, given: string | null): { topic: string | null; audience: string | null } {
  let audience = given;
  let topic: string | null;
  // "Erkläre in einem Video, wie …", "Explain in a short video how …": where it is explained is no part of what.
  let rest = instruction.replace(/[.!?]+$/, '').replace(inAVideo, ' ').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ');
  const howTo = /\b(how to .+|how (?:do|does|can) .+|wie man .+|comment .+|cómo .+)$/i.exec(rest);
  const marked = topicMarker.exec(rest);
  // "a product announcement for Acme Notes 3.0", "the story of how our bakery started"
  const kindOf = /\b(?:announcement|summary|explainer|tutorial|story|overview|walkthrough|tour|demo|update|recap|introduction|history|teaser|promo)\s+(?:for|of)\s+(.+)$/i.exec(rest);
  if (howTo && (!marked || howTo.index < marked.index) && (!kindOf || howTo.index < kindOf.index)) rest = howTo[1]!;
  else if (kindOf && (!marked || kindOf.index < marked.index)) rest = kindOf[1]!;
  else if (marked) rest = withContractedArticle(marked[0], marked[1]!);
  else {
    rest = withoutLengthOrPlatform(rest
      .replace(requestStart, '')
      .replace(/^\s*(?:me\s+|us\s+)?(?:(?:a|an|the|ein|eine|einen|un|une|una|uno)(?!\p{L}))?\s*/iu, '')
      .replace(videoAdjectives, '')
      .replace(videoWord, '')
      // Romance languages put them after the noun: "vídeo vertical", "video corto".
      .trimStart()
      .replace(videoAdjectives, ''))
      .replace(/^[\s,]*(?:for(?!\s+(?:(?:our|my|your|the|all|new)\s+)*(?:customers?|clients?|team|staff|employees|colleagues|students|kids|children|parents|investors|users|followers|subscribers|beginners|partners|members|patients|visitors|guests|donors|volunteers|developers|trainees|people)\s*:?$)|of|to|that|which|with|que|qu['’]|che)\s*(?<=\s|['’])/iu, '');
    const clause = /^[\s,]*dass\s+(.+)$/iu.exec(rest);
    if (clause) rest = mainClause(clause[1]!);
  }
  // "Explain photosynthesis to ten year olds": who it is explained to is the audience.
  const explainedTo = /^(?:explain|teach|show|describe|present)\b/i.test(instruction) ? /\s+to\s+((?:(?!\bhow\b).)+)$/i.exec(rest) : null;
  if (explainedTo && !/^how to\b/i.test(rest) && explainedTo[1]!.split(/\s+/).length <= 6) {
    audience ??= cleanTopic(explainedTo[1]!) || null;
    rest = rest.slice(0, explainedTo.index);
  }
  const who = audienceMarker.exec(rest);
  // "para dormir mejor", "pour apprendre": a purpose, not an audience.
  const purpose = who !== null && /^\s+(?:para|pour|per)\s/i.test(who[0]) && /^\p{L}+(?:ar|er|ir|re)(?!\p{L})/iu.test(who[1]!);
  if (who && !purpose && !/^(?:\d|a\s+\d|tiktok|instagram|reels|youtube|linkedin|shorts)/i.test(who[1]!)) {
    audience ??= cleanTopic(who[1]!) || null;
    rest = rest.slice(0, who.index);
  }
  topic = cleanTopic(rest) || null;
  if (topic && /^(?:that|how|why|what)\s/i.test(topic) && !/^how to\s/i.test(topic)) topic = topic.replace(/^that\s+/i, '');
  if (topic && /^(?:it|this|that|something|anything|stuff|a video|video|me|us)$/i.test(topic)) topic = null;
  if (topic && /^(?:from\s+|of\s+|out of\s+)?(?:this|these|that|those|the (?:attached|following))\b/i.test(topic)) topic = null;
  return { topic, audience };
}

/** Reads the request part of a prompt: topic, audience, length, orientation and kind of video. */
export function parseRequest(prompt: string): ParsedRequest {
  const japanese = japaneseRequest(prompt.replace(/\r\n?/g, '\n').trim());
  if (japanese) return japanese;
  const taken = takeDirectives(prompt.replace(/\r\n?/g, '\n').trim(), true);
  const text = taken.text;
  let cta = taken.cta;
  // The instruction is the first line (or first sentence of it) when it asks for a video.
  const firstLine = text.split('\n')[0] ?? '';
  let firstSentence = /^.*?[.!?](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine;
  // "A 60 second explainer on why bees matter: they pollinate …": the request ends at the colon.
  const colonAt = firstSentence.indexOf(': ');
  if (colonAt > 0) {
    const head = firstSentence.slice(0, colonAt + 1);
    if ((requestStart.test(head) || videoWord.test(head)) && head.split(/\s+/).length <= 20) firstSentence = head;
  }
  const candidate = firstSentence.length < 300 ? firstSentence : '';
  const isInstruction = candidate !== '' && (requestStart.test(candidate) || (videoWord.test(candidate) && candidate.split(/\s+/).length <= 30));
  let instruction = isInstruction ? candidate.trim() : null;
  if (instruction) {
    // "…, in a friendly tone" shapes the delivery, not the topic.
    instruction = withoutPresenterPhrases(instruction.replace(/,?\s*(?:in|with|using)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:tone|voice|style|vibe|feel)\b/i, ''));
    const ending = trailingCta.exec(instruction);
    if (ending) {
      cta = ctaFrom(ending[1]!) ?? cta;
      instruction = instruction.slice(0, ending.index).trim();
    }
  }
  let content = (instruction ? text.slice(text.indexOf(candidate) + candidate.length) : text).replace(/^[\s:]+/, '').trim();
  // "…: come preparare una carbonara" — the material starts a sentence of its own (not "iPhone", not "eBay").
  if (instruction && /^\p{Ll}+(?![\p{L}\p{N}])/u.test(content)) content = `${content.charAt(0).toUpperCase()}${content.slice(1)}`;
  // "Create a how-to video: how to brew coffee" names the topic after the colon.
  if (instruction && /:$/.test(instruction) && content !== '' && !content.includes('\n') && content.split(/\s+/).length <= 12 && !/\d/.test(content) && !topicMarker.test(instruction.slice(0, -1))) {
    instruction = `${instruction.slice(0, -1)} about ${content.replace(/[.!?]+$/, '')}`;
    content = '';
  }
  // "…: 20% off all shoes until Sunday" is a sentence, not a heading.
  if (instruction && content !== '' && !content.includes('\n') && !/[.!?]$/.test(content)) content = `${content.charAt(0).toUpperCase()}${content.slice(1)}.`;
  const scope = [instruction ?? (text.length < 300 ? text : firstLine), ...taken.directives].join(' ');
  // Without an instruction a length counts only when it is the video's ("a 30-second clip"), not the material's ("wait three minutes").
  const lengthScope = instruction !== null ? scope : [videoLength.exec(text)?.[0] ?? '', ...taken.directives].join(' ');

  let topic: string | null = null;
  let audience: string | null = taken.audience;
  if (instruction) ({ topic, audience } = instructionTopic(instruction, audience));
  // A short prompt with no instruction ("Top 5 tips for remote work") is the topic itself.
  let material = content;
  if (!instruction && !text.includes('\n') && text.split(/\s+/).length <= 20 && !/[.!?]\s+\S|[。！？]\s*\S/u.test(text)) {
    topic = cleanTopic(text.replace(/[.!?]+$/, '')) || null;
    material = '';
  }
  // "5 tips for better sleep: keep a fixed bedtime, …" names its topic before the colon.
  if (!instruction && !topic) {
    const head = /^([^:\n]{3,60}):\s+(\S[^\n]*)$/.exec(firstLine);
    if (head && head[1]!.split(/\s+/).length <= 8 && !/[.!?]/.test(head[1]!)) {
      // "Convite: festa de fim de ano …": what kind of message it is names no topic; what follows does.
      topic = noticeKind.test(head[1]!.trim()) ? null : cleanTopic(head[1]!) || null;
      material = [`${head[2]!.charAt(0).toUpperCase()}${head[2]!.slice(1)}`, text.split('\n').slice(1).join('\n')].join('\n').trim();
    }
  }
  if (topic && !hasSubstance(topic)) topic = null;
  // "our summer sale: 20% off all shoes until Sunday": the part after the colon is material.
  const colon = topic ? /^(.{3,}?):\s+(.{3,})$/.exec(topic) : null;
  if (colon) {
    topic = colon[1]!.trim();
    material = [`${colon[2]!.charAt(0).toUpperCase()}${colon[2]!.slice(1).replace(/[.!]*$/, '.')}`, material].filter(Boolean).join('\n\n');
  }
  // A long "topic" ("Announce that Acme Notes now supports dark mode, …") is material too.
  if (topic && (topic.split(/\s+/).length > 12 || (topic.split(/\s+/).length > 6 && (topic.includes(',') || newsVerb.test(topic))))) {
    material = [`${topic.charAt(0).toUpperCase()}${topic.slice(1)}.`, material].filter(Boolean).join('\n\n');
    // "Acme Notes now supports dark mode, …" is about Acme Notes.
    const subject = new RegExp(`^(?:that\\s+)?((?:\\S+\\s+){0,3}?\\S+)\\s+${newsVerb.source}`, 'iu').exec(topic);
    topic = subject ? subject[1]! : headlineFrom(topic, 6);
  }
  return {
    instruction: [instruction, ...taken.directives].filter(Boolean).join(' ') || null,
    content: material,
    topic,
    audience,
    durationSec: parseDuration(lengthScope),
    orientation: parseOrientation(scope),
    kind: instruction ? requestKind(instruction, content) : parseKind(text.slice(0, 400)),
    cta,
    mentions: taken.mentions,
    directives: taken.directives,
  };
}
