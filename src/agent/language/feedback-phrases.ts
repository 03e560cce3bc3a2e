/**
 * The feedback people give most, in the languages the agent answers in, as the English phrasing the built-in
 * rules parse: "weibliche Stimme" reads as "use a female voice", "シーン2を削除" as "remove scene 2". A data
 * table; what no phrase matches stays in the user's words, so the answer quotes them and says what can be done.
 * Scene and version numbers are kept; phrases are tried longest-first within each group below.
 */
type Phrase = [RegExp, string];

const N = String.raw`(\d+)`;
/** A letter boundary for scripts with accents (\b stops at "é"). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const re = (source: string): RegExp => new RegExp(source, 'giu');

const PHRASES: Phrase[] = [
  // Scenes by number.
  [re(`${B}(?:tausche|vertausche|tauschen|vertauschen)\\s+(?:die\\s+)?szenen?\\s*${N}\\s*(?:und|mit)\\s*(?:szene\\s*)?${N}${E}`), 'swap scenes $1 and $2'],
  [re(`${B}(?:échange|échanger|inverse|inverser)\\s+(?:les\\s+)?scènes?\\s*${N}\\s*et\\s*(?:la\\s+)?(?:scène\\s*)?${N}${E}`), 'swap scenes $1 and $2'],
  [re(`${B}(?:intercambia|intercambiar|cambia de orden)\\s+(?:las\\s+)?escenas?\\s*${N}\\s*y\\s*(?:la\\s+)?(?:escena\\s*)?${N}${E}`), 'swap scenes $1 and $2'],
  [re(`${B}(?:scambia|inverti)\\s+(?:le\\s+)?scene\\s*${N}\\s*e\\s*${N}${E}`), 'swap scenes $1 and $2'],
  [re(`${B}(?:troque|trocar|inverta)\\s+(?:as\\s+)?cenas\\s*${N}\\s*e\\s*${N}${E}`), 'swap scenes $1 and $2'],
  [re(`シーン\\s*${N}\\s*と\\s*(?:シーン\\s*)?${N}\\s*を?入れ替え`), 'swap scenes $1 and $2'],
  [re(`${B}(?:entferne|lösche|streiche)\\s+(?:die\\s+)?szene\\s*${N}${E}|${B}szene\\s*${N}\\s*(?:entfernen|löschen|streichen|weg)${E}`), 'remove scene $1$2'],
  [re(`${B}(?:supprime|supprimer|enlève|enlever|retire|retirer)\\s+(?:la\\s+)?scène\\s*${N}${E}`), 'remove scene $1'],
  [re(`${B}(?:quita|quitar|elimina|eliminar|borra|borrar)\\s+(?:la\\s+)?escena\\s*${N}${E}`), 'remove scene $1'],
  [re(`${B}(?:rimuovi|elimina|togli)\\s+(?:la\\s+)?scena\\s*${N}${E}`), 'remove scene $1'],
  [re(`${B}(?:remova|remover|apague|apagar|tire)\\s+(?:a\\s+)?cena\\s*${N}${E}`), 'remove scene $1'],
  [re(`シーン\\s*${N}\\s*を?(?:削除|消して|カット)`), 'remove scene $1'],

  // Versions.
  [re(`${B}(?:zurück\\s+zu(?:r)?|stelle)\\s+(?:version|fassung)\\s*${N}${E}`), 'go back to version $1'],
  [re(`${B}(?:reviens|revenir|retourne|retourner)\\s+(?:à|a)\\s+la\\s+version\\s*${N}${E}`), 'go back to version $1'],
  [re(`${B}(?:vuelve|volver|regresa|regresar)\\s+a\\s+la\\s+versión\\s*${N}${E}`), 'go back to version $1'],
  [re(`${B}(?:torna|tornare)\\s+alla\\s+versione\\s*${N}${E}`), 'go back to version $1'],
  [re(`${B}(?:volte|voltar|volta)\\s+(?:à|a)\\s+versão\\s*${N}${E}`), 'go back to version $1'],
  [re(`(?:バージョン|版)\\s*${N}\\s*に戻`), 'go back to version $1'],
  [re(`${B}(?:zurück\\s+zur|zur)\\s+(?:ersten|ursprünglichen)\\s+(?:version|fassung)${E}|${B}(?:erste|ursprüngliche)\\s+(?:version|fassung)\\s+(?:wiederherstellen|zurück)${E}`), 'go back to the first version'],
  [re(`${B}(?:reviens|revenir|retourne|retourner)\\s+(?:à|a)\\s+la\\s+(?:première\\s+version|version\\s+(?:initiale|d['’]origine))${E}`), 'go back to the first version'],
  [re(`${B}(?:vuelve|volver|regresa|regresar)\\s+a\\s+la\\s+(?:primera\\s+versión|versión\\s+original)${E}`), 'go back to the first version'],
  [re(`${B}(?:torna|tornare)\\s+alla\\s+(?:prima\\s+versione|versione\\s+originale)${E}`), 'go back to the first version'],
  [re(`${B}(?:volte|voltar|volta)\\s+(?:à|a)\\s+(?:primeira\\s+versão|versão\\s+original)${E}`), 'go back to the first version'],
  [re('最初の(?:バージョン|版)に戻'), 'go back to the first version'],
  [re(`${B}(?:rückgängig(?:\\s+machen)?|mach\\s+das\\s+rückgängig|vorherige\\s+version)${E}`), 'undo that'],
  [re(`${B}(?:annule(?:r)?(?:\\s+(?:ça|cela|la dernière modification))?|version\\s+précédente)${E}`), 'undo that'],
  [re(`${B}(?:deshaz(?:lo)?|deshacer|versión\\s+anterior)${E}`), 'undo that'],
  [re(`${B}(?:annulla|versione\\s+precedente)${E}`), 'undo that'],
  [re(`${B}(?:desfaça|desfazer|desfaz|versão\\s+anterior)${E}`), 'undo that'],
  [re('元に戻して|元に戻す|前の(?:バージョン|版)に戻'), 'undo that'],

  // The voice.
  [re(`${B}(?:natürlichere|natürliche|menschlichere)\\s+stimme${E}`), 'use a more natural voice'],
  [re(`${B}voix\\s+plus\\s+naturelle${E}`), 'use a more natural voice'],
  [re(`${B}voz\\s+más\\s+natural${E}`), 'use a more natural voice'],
  [re(`${B}voce\\s+più\\s+naturale${E}`), 'use a more natural voice'],
  [re(`${B}voz\\s+mais\\s+natural${E}`), 'use a more natural voice'],
  [re('(?:もっと)?自然な声'), 'use a more natural voice'],
  [re(`${B}(?:britische|englische)\\s+stimme${E}|${B}britischen?\\s+akzent${E}`), 'use the british voice'],
  [re(`${B}voix\\s+britannique${E}|${B}accent\\s+britannique${E}`), 'use the british voice'],
  [re(`${B}voz\\s+británica${E}|${B}acento\\s+británico${E}`), 'use the british voice'],
  [re(`${B}weibliche\\s+stimme${E}|${B}frauenstimme${E}|${B}sprecherin${E}`), 'use a female voice'],
  [re(`${B}voix\\s+(?:de\\s+femme|féminine)${E}`), 'use a female voice'],
  [re(`${B}voz\\s+(?:de\\s+mujer|femenina)${E}`), 'use a female voice'],
  [re(`${B}voce\\s+(?:di\\s+donna|femminile)${E}`), 'use a female voice'],
  [re(`${B}voz\\s+(?:de\\s+mulher|feminina)${E}`), 'use a female voice'],
  [re('女性の声|女性の?ナレーター|女性ボイス'), 'use a female voice'],
  [re(`${B}(?:männliche\\s+stimme|männerstimme|männlichen\\s+sprecher)${E}`), 'use a male voice'],
  [re(`${B}voix\\s+(?:d['’]homme|masculine)${E}`), 'use a male voice'],
  [re(`${B}voz\\s+(?:de\\s+hombre|masculina)${E}`), 'use a male voice'],
  [re(`${B}voce\\s+(?:di\\s+uomo|maschile)${E}`), 'use a male voice'],
  [re(`${B}voz\\s+(?:de\\s+homem|masculina)${E}`), 'use a male voice'],
  [re('男性の声|男性の?ナレーター|男性ボイス'), 'use a male voice'],
  [re(`${B}(?:andere\\s+stimme|autre\\s+voix|otra\\s+voz|altra\\s+voce|outra\\s+voz)${E}|別の声`), 'use a different voice'],

  // Pace, before length: "schneller sprechen" is about the voice.
  [re(`${B}(?:schneller\\s+sprechen|sprich\\s+schneller|spricht\\s+zu\\s+langsam)${E}|${B}(?:parle|parler)\\s+plus\\s+vite${E}|${B}(?:habla|hablar)\\s+más\\s+rápido${E}|${B}(?:parla|parlare)\\s+più\\s+veloce${E}|${B}(?:fale|falar)\\s+mais\\s+rápido${E}|もっと速く話|早口で`), 'speak faster'],
  [re(`${B}(?:langsamer\\s+sprechen|sprich\\s+langsamer|spricht\\s+zu\\s+schnell)${E}|${B}(?:parle|parler)\\s+plus\\s+lentement${E}|${B}(?:habla|hablar)\\s+más\\s+despacio${E}|${B}(?:parla|parlare)\\s+più\\s+lentamente${E}|${B}(?:fale|falar)\\s+mais\\s+devagar${E}|ゆっくり話`), 'speak slower'],

  // Length: a number of seconds first, then shorter and longer.
  [re(`${N}\\s*(?:sekunden|sek\\.?|secondes|segundos|secondi|秒)(?![\\p{L}])`), 'make it $1 seconds'],
  [re(`${B}(?:eine|une|un|uno|um)\\s+minut[eoa]s?${E}|1\\s*分`), 'make it 60 seconds'],
  [re(`${B}(?:kürzer|zu\\s+lang|kürzen)${E}|${B}plus\\s+courte?${E}|${B}trop\\s+long(?:ue)?${E}|${B}raccourcis(?:sez)?${E}|${B}más\\s+cort[oa]${E}|${B}demasiado\\s+larg[oa]${E}|${B}acórtalo${E}|${B}più\\s+(?:cort[oa]|breve)${E}|${B}troppo\\s+lung[oa]${E}|${B}mais\\s+curt[oa]${E}|${B}longo\\s+demais${E}|短く|長すぎ`), 'make it shorter'],
  [re(`${B}(?:länger|zu\\s+kurz)${E}|${B}plus\\s+long(?:ue)?${E}|${B}trop\\s+court(?:e)?${E}|${B}más\\s+larg[oa]${E}|${B}demasiado\\s+cort[oa]${E}|${B}più\\s+lung[oa]${E}|${B}troppo\\s+cort[oa]${E}|${B}mais\\s+long[oa]${E}|${B}curto\\s+demais${E}|長く|短すぎ`), 'make it longer'],

  // Captions and shape.
  [re(`${B}(?:ohne\\s+untertitel|untertitel\\s+(?:aus|weg|ausschalten)|sans\\s+sous-titres|enlève\\s+les\\s+sous-titres|sin\\s+subtítulos|quita\\s+los\\s+subtítulos|senza\\s+sottotitoli|sem\\s+legendas)${E}|字幕(?:を|は)?(?:消して|なし|オフ|不要)`), 'turn captions off'],
  [re(`${B}(?:mit\\s+untertiteln|untertitel\\s+(?:an|einschalten)|avec\\s+(?:des\\s+)?sous-titres|con\\s+subtítulos|con\\s+sottotitoli|com\\s+legendas)${E}|字幕(?:を)?(?:付けて|つけて|オン)`), 'turn captions on'],
  [re(`${B}(?:hochformat|vertikal|au\\s+format\\s+vertical|en\\s+vertical|formato\\s+vertical|in\\s+verticale)${E}|縦型|縦長`), 'make it vertical'],
  [re(`${B}(?:querformat|horizontal|au\\s+format\\s+paysage|en\\s+horizontal|formato\\s+horizontal|in\\s+orizzontale)${E}|横型|横長`), 'make it landscape'],

  // Approval.
  [re(`${B}(?:sieht\\s+gut\\s+aus|passt\\s+so|das\\s+passt|c['’]est\\s+bon|ça\\s+me\\s+va|ça\\s+me\\s+plaît|me\\s+gusta|está\\s+bien|así\\s+está\\s+bien|va\\s+bene|mi\\s+piace|está\\s+bom|ficou\\s+bom|gostei)${E}|(?:これで|それで)(?:OK|ＯＫ|いい|良い|お願い)|いいですね|完璧|レンダリングして`), 'looks good'],
];

/** Words of politeness and address that carry no request once the request itself is taken out. */
const courtesy = re(`${B}(?:bitte|danke|s['’]il\\s+(?:te|vous)\\s+pla[iî]t|merci|por\\s+favor|gracias|per\\s+favore|grazie|obrigad[oa]|mach(?:e)?|mach\\s+es|mache\\s+es|rends-le|fais-le|hazlo|hacerlo|fallo|faça|nimm|utilise|usa|use|prends|toma|eine?n?|une?|una?|uma?|la|le|el|il|a|die|der|das|es|it|and|und|et|y|e)${E}`);
/** The same for Japanese, written without spaces: particles and softeners around a request. */
const courtesyJa = /もっと|少し|ちょっと|ください|お願いします|にして|して|を|に|は|で|ね|よ/gu;

/**
 * The message with the phrases above put in the English the rules parse, one clause a line; when no
 * phrase matches, the message comes back as it was.
 */
export function englishFeedback(message: string): string {
  let text = message;
  let matched = false;
  for (const [pattern, english] of PHRASES) {
    pattern.lastIndex = 0;
    text = text.replace(pattern, (...groups: unknown[]) => {
      matched = true;
      const numbers = groups.slice(1, -2).filter((g): g is string => typeof g === 'string');
      let out = english;
      numbers.forEach((n, i) => (out = out.replace(`$${i + 1}`, n)));
      return `\u0002${out.replace(/\$\d/g, '')}\u0002`;
    });
  }
  if (!matched) return message;
  // What is left between the requests: kept when it still says something, dropped when it was only courtesy.
  return text
    .split(/\u0002/)
    .map((part) => part.trim())
    .filter((part, i) => i % 2 === 1 || part.replace(courtesy, '').replace(courtesyJa, '').replace(/[\s\p{P}]+/gu, '') !== '')
    // One request a line: a full stop after a number ("…2 and 3. make…") reads as a decimal point to the parser.
    .join('\n');
}
