import type { Layout, Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import type { EditOperation } from '../edits/index.js';
import { resolveSceneReferences } from './scene-reference.js';
import { parseDurationEdit, parsePace, parsePresenter, parseVoice, type ClauseResult } from './parse-feedback-settings.js';
import { parseRevert } from './parse-revert.js';

export interface ParsedFeedback {
  operations: EditOperation[];
  /** Parts of the message that were understood, in the user's words. */
  understood: string[];
  /** Parts that were not understood. */
  unknown: string[];
  /** Parts that were understood but cannot apply ("there is no scene 9"). */
  problems: string[];
}


const quoteMark = '\u0001';

function unquote(text: string, quotes: string[]): string {
  return text
    .replace(new RegExp(`${quoteMark}(\\d+)${quoteMark}`, 'g'), (_, i: string) => quotes[Number(i)] ?? '')
    .trim()
    .replace(/^["“”'‘’«]+|["“”'‘’»]+$/g, '')
    .trim();
}

const layoutWords: [RegExp, Layout][] = [
  [/^(?:bullets?|bullet points?|bullet list|bulleted list|list|points)$/, 'bullets'],
  [/^(?:quote|quotation)$/, 'quote'],
  [/^(?:stat|statistic|stats|number|figure|big number)$/, 'stat'],
  [/^(?:title|title card|title slide|heading)$/, 'title'],
  [/^(?:cta|call to action|call-to-action)$/, 'cta'],
  [/^(?:presenter|text|plain|plain text|talking head|narration)$/, 'presenter'],
  [/^(?:media|image|picture|video|photo)$/, 'media'],
];
function layoutOf(word: string): Layout | null {
  const w = word.toLowerCase().trim().replace(/\s+(?:layout|slide|scene|card|format|style|view)$/, '');
  for (const [re, layout] of layoutWords) if (re.test(w)) return layout;
  return null;
}

const newSceneLines: Record<string, string> = {
  en: 'Now, a word about {x}.',
  de: 'Nun zu {x}.',
  fr: 'Parlons maintenant de {x}.',
  es: 'Hablemos ahora de {x}.',
  it: 'Parliamo ora di {x}.',
  pt: 'Vamos falar agora sobre {x}.',
  nl: 'Nu even over {x}.',
};
const ctaLines: Record<string, string> = {
  en: 'Thanks for watching. Take the next step today.',
  de: 'Danke fürs Zuschauen. Machen Sie noch heute den nächsten Schritt.',
  fr: 'Merci de votre attention. Passez à l’étape suivante dès aujourd’hui.',
  es: 'Gracias por vernos. Da el siguiente paso hoy mismo.',
  it: 'Grazie per la visione. Fai il prossimo passo oggi stesso.',
  pt: 'Obrigado por assistir. Dê o próximo passo hoje.',
  nl: 'Bedankt voor het kijken. Zet vandaag de volgende stap.',
};

const strongApproval =
  /\b(?:approved?|approves|lgtm|ship it|go ahead|render(?: it| the video| now| away| this)?|proceed|publish|generate (?:it|the video)|make the video|good to go|let'?s go|go for it|send it|finali[sz]e|green ?light|sign off on it|freigeben|genehmigt|los geht'?s|c'?est parti|valider|validé|adelante|aprobado|procede)\b/i;
const weakApproval =
  /^(?:ok(?:ay)?|yes|yep|yeah|sure|great|perfect|nice|good|fine|cool|awesome|excellent|love it|i love it|i like it|looks (?:good|great|fine|perfect|amazing|nice)|sounds (?:good|great)|all good|that'?s (?:good|great|perfect|fine|it)|this is (?:good|great|perfect)|super|parfait|perfekt|gut|sehr gut|très bien|perfecto|muy bien|perfetto|ótimo|prima)(?:\s+(?:thanks|thank you|to me|now))?$/i;
const editVerb = /^(?:add|make|use|put|change|set|turn|switch|remove|delete|drop|move|swap|give|let|have|include|insert|play|increase|decrease|show|hide|replace|rewrite|speed|slow)\b/i;
const negation = /\b(?:don'?t|do not|not yet|wait|hold on|hold off|before you|never)\b/i;

/** Turns a feedback message into edit operations (English phrasing; approvals in several languages). */
export function parseFeedback(message: string, sb: Storyboard, voices: readonly Voice[], avatarIds: readonly string[] = []): ParsedFeedback {
  const quotes: string[] = [];
  const protectedText = message.replace(/(^|[\s:(])(["“«‘]|'(?=\S))(.+?)(["”»’]|'(?=[\s.,;!?)]|$))/g, (_, pre: string, _open, inner: string) => {
    quotes.push(inner);
    return `${pre}${quoteMark}${quotes.length - 1}${quoteMark}`;
  });
  // "…to "Dark mode", "Offline sync" and "Search"": one list, not three clauses.
  const listed = protectedText.replace(new RegExp(`${quoteMark}\\d+${quoteMark}(?:\\s*(?:,|\\band\\b|,\\s*and\\b)\\s*${quoteMark}\\d+${quoteMark})+`, 'g'), (run) => {
    const items = [...run.matchAll(new RegExp(`${quoteMark}(\\d+)${quoteMark}`, 'g'))].map((q) => quotes[Number(q[1])] ?? '');
    quotes.push(items.join('; '));
    return `${quoteMark}${quotes.length - 1}${quoteMark}`;
  });
  const clauses = listed
    .split(/(?<!\d)[.;!?]+(?!\d)\s*|\n+|,\s*(?:and\s+then\s+|and\s+|then\s+|also\s+|but\s+|plus\s+)?|\s+(?:and then|then|also|plus|but)\s+/i)
    .map((c) => c.trim().replace(/^(?:(?:and|also|then|but|plus|oh|hmm|please|pls|first|now|next|finally|lastly|can you|could you|would you|i'?d like (?:you )?to|i want (?:you )?to|let'?s)\s+)+/i, '').trim())
    .filter((c) => c !== '');

  const result: ParsedFeedback = { operations: [], understood: [], unknown: [], problems: [] };
  const weak: string[] = [];
  for (const clause of clauses) {
    if (weakApproval.test(clause.replace(/[,!.]+$/, ''))) {
      weak.push(clause);
      continue;
    }
    // "use a male voice and make it longer": when every part stands on its own, take them one by one.
    if (/\s+and\s+/i.test(clause)) {
      const parts = clause.split(/\s+and\s+/i).map((p) => ({ p, r: parseClause(p, sb, voices, quotes, avatarIds) }));
      // …and also when the part not understood is clearly another request ("and add some jazz music").
      const separate = parts.every((e) => (e.r && e.r.ops.length > 0) || editVerb.test(e.p.trim())) && parts.some((e) => e.r && e.r.ops.length > 0);
      if (separate) {
        for (const e of parts) {
          if (e.r) record(result, unquote(e.p, quotes), e.r);
          else result.unknown.push(unquote(e.p, quotes));
        }
        continue;
      }
      if (parts.every((e) => e.r && e.r.ops.length > 0)) {
        for (const e of parts) record(result, unquote(e.p, quotes), e.r!);
        continue;
      }
    }
    const parsed = parseClause(clause, sb, voices, quotes, avatarIds);
    if (!parsed && /\s+and\s+/i.test(clause)) {
      const parts = clause.split(/\s+and\s+/i).map((p) => ({ p, r: parseClause(p, sb, voices, quotes, avatarIds) }));
      if (parts.some((e) => e.r)) {
        for (const e of parts) {
          if (e.r) record(result, unquote(e.p, quotes), e.r);
          else result.unknown.push(unquote(e.p, quotes));
        }
        continue;
      }
    }
    if (parsed) record(result, unquote(clause, quotes), parsed);
    else result.unknown.push(unquote(clause, quotes));
  }
  // "Looks good" alone approves; next to edits it is a comment, not a go-ahead.
  const hasEdits = result.operations.some((op) => op.op !== 'approve');
  const approved = result.operations.some((op) => op.op === 'approve');
  if (weak.length > 0 && !hasEdits && !approved && result.problems.length === 0) {
    result.operations.push({ op: 'approve' });
    result.understood.push(...weak);
  } else if (weak.length > 0) result.understood.push(...weak);
  // Approve last, after the edits of the same message.
  result.operations.sort((a, b) => Number(a.op === 'approve') - Number(b.op === 'approve'));
  if (result.operations.filter((op) => op.op === 'approve').length > 1) {
    result.operations = result.operations.filter((op, i, all) => op.op !== 'approve' || all.findIndex((o) => o.op === 'approve') === i);
  }
  return result;
}

function record(result: ParsedFeedback, clause: string, parsed: { ops: EditOperation[]; problem?: string }): void {
  if (parsed.problem) result.problems.push(parsed.problem);
  if (parsed.ops.length > 0) {
    result.operations.push(...parsed.ops);
    result.understood.push(clause);
  }
}

function refs(phrase: string, sb: Storyboard, allowContent = true): { ids: string[]; problem: string | null } {
  return resolveSceneReferences(phrase, sb, { allowContent });
}

function parseClause(clause: string, sb: Storyboard, voices: readonly Voice[], quotes: string[], avatarIds: readonly string[]): ClauseResult {
  const c = clause.trim();
  const lower = c.toLowerCase();
  const text = (s: string): string => unquote(s, quotes);
  const withRefs = (phrase: string, build: (ids: string[]) => EditOperation[], allowContent = true): ClauseResult => {
    const r = refs(phrase, sb, allowContent);
    if (r.ids.length === 0) return r.problem ? { ops: [], problem: r.problem } : null;
    return { ops: build(r.ids), ...(r.problem ? { problem: r.problem } : {}) };
  };
  let m: RegExpExecArray | null;

  // Approval (commands only; "looks good" is handled by the caller).
  if (strongApproval.test(lower) && !negation.test(lower) && !/\b(?:render|generate)\b.*\b(?:in|as|with)\b/.test(lower)) {
    return { ops: [{ op: 'approve' }] };
  }

  // Going back to an earlier version.
  const revert = parseRevert(lower, sb);
  if (revert) return revert;

  const textEdit = parseTextEdit(c, sb, text);
  if (textEdit) return textEdit;
  // Captions.
  if (/\b(?:captions?|subtitles?|subs|closed captions)\b/.test(lower)) {
    const off = /\b(?:off|remove|no|without|disable|hide|drop|don'?t (?:want|need)|get rid of|lose|kill)\b/.test(lower);
    return { ops: [{ op: 'set_captions', enabled: !off }] };
  }

  // Who is on screen (before the voice: "a female presenter" is not "a female voice").
  const presenter = parsePresenter(c, sb, voices, avatarIds);
  if (presenter) return presenter;

  // Voice.
  const voice = parseVoice(c, lower, sb, voices);
  if (voice) return voice;

  // Orientation.
  if (/\b(?:vertical|portrait|9\s*:\s*16|tiktok|tik tok|reels?|youtube shorts|instagram stor(?:y|ies)|phone format)\b/.test(lower) && !/\b(?:not|no)\s+(?:vertical|portrait)\b/.test(lower)) {
    return { ops: [{ op: 'set_orientation', orientation: 'portrait' }] };
  }
  if (/\b(?:horizontal|landscape|16\s*:\s*9|widescreen|wide screen)\b/.test(lower)) return { ops: [{ op: 'set_orientation', orientation: 'landscape' }] };

  // Length.
  const duration = parseDurationEdit(lower, sb);
  if (duration) return duration;

  // Pace.
  const pace = parsePace(lower, sb);
  if (pace) return pace;

  const structural = parseStructureEdit(lower, sb, withRefs);
  if (structural) return structural;
  // Add.
  if ((m = /^(?:add|insert|include|append|put in|create)\s+(.+)$/i.exec(c))) return parseAdd(m[1]!, sb, quotes);

  return null;
}

type WithRefs = (phrase: string, build: (ids: string[]) => EditOperation[], allowContent?: boolean) => ClauseResult;

/** The title, or a scene's narration, headline or bullets. */
function parseTextEdit(c: string, sb: Storyboard, text: (s: string) => string): ClauseResult {
  let m: RegExpExecArray | null;
  // Title.
  if ((m = /^(?:change|set|make|update|rename|edit)?\s*(?:the\s+)?(?:video'?s?\s+)?(?:title|name)\s*(?:to|:|=|should be|as|into)\s*(.+)$/i.exec(c)) ||
      (m = /^(?:call it|name it|title it|rename (?:it|the video)(?: to)?|retitle (?:it )?(?:to|as)?)\s+(.+)$/i.exec(c)) ||
      (m = /^new title\s*:?\s*(.+)$/i.exec(c)) ||
      (m = new RegExp(`^(?:make|let|have)\\s+(?:the\\s+)?(?:video'?s?\\s+)?title\\s+(?:be\\s+)?(${quoteMark}\\d+${quoteMark})$`, 'i').exec(c))) {
    const title = text(m[1]!);
    return title ? { ops: [{ op: 'set_title', title }] } : null;
  }

  // A scene's narration, headline or bullets.
  if ((m = /^(?:change|set|make|update|replace|rewrite|edit)?\s*(?:the\s+)?(?:narration|script|voice-?over|spoken text|text|words|line|lines)\s+(?:of|for|in|on)\s+(.+?)\s*(?:to|:|=|with|so (?:it|that it) says)\s*(.+)$/i.exec(c)) ||
      (m = /^(?:have|make|let)\s+(.+?)\s+say\s+(.+)$/i.exec(c)) ||
      (m = /^(?:rewrite|reword|rephrase|change|replace)\s+(.+?)\s+(?:as|to say|to read|so (?:it|that it) says|with)\s+(.+)$/i.exec(c)) ||
      (m = /^(?:in\s+)?(.+?)\s*(?:should say|should read|must say|needs to say|:)\s*(.+)$/i.exec(c))) {
    const narration = text(m[2]!);
    const r = refs(m[1]!, sb, false);
    if (r.ids.length > 0 && narration) return { ops: r.ids.map((id) => ({ op: 'set_narration' as const, scene_id: id, narration })) };
    if (r.problem) return { ops: [], problem: r.problem };
  }
  if ((m = /^(?:change|set|make|update|edit)?\s*(?:the\s+)?(?:headline|heading|on-?screen text|title text)\s+(?:of|for|in|on)\s+(.+?)\s*(?:to|:|=|should be)\s*(.+)$/i.exec(c)) ||
      (m = /^(.+?)\s+(?:headline|heading)\s*(?:to|:|=|should be)\s*(.+)$/i.exec(c))) {
    const headline = text(m[2]!);
    const r = refs(m[1]!, sb, false);
    if (r.ids.length > 0 && headline) return { ops: r.ids.map((id) => ({ op: 'set_headline' as const, scene_id: id, headline })) };
    if (r.problem) return { ops: [], problem: r.problem };
  }
  if ((m = /^(?:change|set|make|update|edit)?\s*(?:the\s+)?(?:bullets|bullet points|points|list(?: items)?)\s+(?:of|for|in|on)\s+(.+?)\s*(?:to|:|=|should be)\s*(.+)$/i.exec(c))) {
    const bullets = text(m[2]!).split(/\s*(?:;|\||,|\s+and\s+)\s*/).map((b) => b.trim()).filter(Boolean);
    const r = refs(m[1]!, sb, false);
    if (r.ids.length > 0 && bullets.length > 0) return { ops: r.ids.map((id) => ({ op: 'set_bullets' as const, scene_id: id, bullets })) };
    if (r.problem) return { ops: [], problem: r.problem };
  }

  return null;
}

/** Swapping, merging, splitting, moving, removing scenes, or changing a scene's layout. */
function parseStructureEdit(lower: string, sb: Storyboard, withRefs: WithRefs): ClauseResult {
  let m: RegExpExecArray | null;
  // Swap.
  if ((m = /^(?:swap|switch|exchange|flip|trade|interchange)\s+(?:the\s+)?(?:order of\s+)?(.+)$/i.exec(lower))) {
    const r = refs(m[1]!, sb);
    if (r.ids.length === 2) return { ops: [{ op: 'swap_scenes', scene_id: r.ids[0]!, other_scene_id: r.ids[1]! }] };
    const parts = m[1]!.split(/\s+(?:and|with|&)\s+/);
    if (parts.length === 2) {
      const a = refs(parts[0]!, sb);
      const b = refs(parts[1]!, sb);
      if (a.ids.length === 1 && b.ids.length === 1) return { ops: [{ op: 'swap_scenes', scene_id: a.ids[0]!, other_scene_id: b.ids[0]! }] };
      const problem = a.problem ?? b.problem;
      if (problem) return { ops: [], problem };
    }
    if (r.problem) return { ops: [], problem: r.problem };
  }

  // Merge and split.
  if ((m = /^(?:merge|combine|join|fuse|collapse)\s+(?:the\s+)?(.+)$/i.exec(lower))) {
    const phrase = m[1]!.replace(/\s+(?:into one(?: scene)?|together)$/, '');
    const r = refs(phrase, sb);
    if (r.ids.length === 2) return { ops: [{ op: 'merge_scenes', scene_id: r.ids[0]!, other_scene_id: r.ids[1]! }] };
    const parts = phrase.split(/\s+(?:and|with|&|into)\s+/);
    if (parts.length === 2) {
      const a = refs(parts[0]!, sb);
      const b = refs(parts[1]!, sb);
      if (a.ids.length === 1 && b.ids.length === 1) return { ops: [{ op: 'merge_scenes', scene_id: a.ids[0]!, other_scene_id: b.ids[0]! }] };
      const problem = a.problem ?? b.problem;
      if (problem) return { ops: [], problem };
    }
    if (r.problem) return { ops: [], problem: r.problem };
  }
  if ((m = /^(?:split|break|divide|cut)\s+(?:up\s+)?(.+?)(?:\s+(?:in|into)\s+(?:two|2|halves|two scenes|two parts))?(?:\s+up)?$/i.exec(lower)) && /^(?:split|break|divide)|\b(?:in|into)\s+(?:two|2|halves)/.test(lower)) {
    return withRefs(m[1]!, (ids) => ids.slice(0, 1).map((id) => ({ op: 'split_scene' as const, scene_id: id })));
  }

  // Move.
  if ((m = /^(?:move|put|place|shift|bring|reorder)\s+(.+?)\s+((?:to\s+)?(?:the\s+)?(?:very\s+)?(?:end|start|beginning|front|top|bottom)|(?:to\s+)?(?:position|place|slot|spot)\s*#?\s*\S+|to\s+(?:be\s+)?(?:the\s+)?\S+(?:\s+(?:scene|slide|one))?|after\s+.+|before\s+.+|first|last|up|down|earlier|later)$/i.exec(lower)) ||
      (m = /^(.+?)\s+(?:should|must|can|needs to|could)\s+(?:come|go|be|appear|move)\s+(first|last|earlier|later|(?:at the\s+)?(?:end|start|beginning)|after\s+.+|before\s+.+|(?:to\s+)?(?:position|place)\s*\S+)$/i.exec(lower)) ||
      (m = /^make\s+(.+?)\s+(?:the\s+)?(first|last|opening|closing)(?:\s+(?:scene|slide|one))?$/i.exec(lower))) {
    return parseMove(m[1]!, m[2]!, sb);
  }

  // Remove.
  if ((m = /^(?:remove|delete|drop|cut|skip|get rid of|lose|omit|take out|kill|ditch|scrap|eliminate|leave out)\s+(.+)$/i.exec(lower)) ||
      (m = /^(?:i\s+)?(?:don'?t|do not)\s+(?:need|want)\s+(.+)$/i.exec(lower)) ||
      (m = /^(?:no need for|no more)\s+(.+)$/i.exec(lower)) ||
      (m = /^(.+?)\s+(?:is|are)\s+(?:not needed|unnecessary|redundant|pointless|useless|boring|too much)(?:\s*,?\s*remove it)?$/i.exec(lower)) ||
      (m = /^(.+?)\s+(?:can|should|must)\s+go$/i.exec(lower))) {
    return withRefs(m[1]!, (ids) => ids.map((id) => ({ op: 'remove_scene' as const, scene_id: id })));
  }

  // Layout.
  if ((m = /^(?:make|turn|change|switch|convert|show|display|present|use|render|format)\s+(.+?)\s+(?:into|to|as|in)\s+(?:a\s+|an\s+)?(.+?)$/i.exec(lower))) {
    const layout = layoutOf(m[2]!);
    if (layout) return withRefs(m[1]!, (ids) => ids.map((id) => ({ op: 'set_layout' as const, scene_id: id, layout })));
  }
  if ((m = /^(?:make|turn)\s+(.+?)\s+(?:a|an)\s+(.+?)$/i.exec(lower))) {
    const layout = layoutOf(m[2]!);
    if (layout) return withRefs(m[1]!, (ids) => ids.map((id) => ({ op: 'set_layout' as const, scene_id: id, layout })));
  }
  if ((m = /^(?:use|give|try)\s+(?:a\s+|an\s+)?(.+?)\s+(?:layout\s+)?(?:for|on|in)\s+(.+)$/i.exec(lower))) {
    const layout = layoutOf(m[1]!);
    if (layout) return withRefs(m[2]!, (ids) => ids.map((id) => ({ op: 'set_layout' as const, scene_id: id, layout })));
  }

  return null;
}

function parseMove(subject: string, where: string, sb: Storyboard): ClauseResult {
  const r = resolveSceneReferences(subject, sb);
  if (r.ids.length !== 1) return r.problem ? { ops: [], problem: r.problem } : null;
  const id = r.ids[0]!;
  const n = sb.scenes.length;
  const from = sb.scenes.findIndex((s) => s.id === id) + 1;
  const w = where.trim().replace(/^to\s+(?:be\s+)?/, '').replace(/^the\s+/, '');
  let to: number | null = null;
  if (/^(?:very\s+)?(?:end|bottom|last|closing)\b/.test(w) || /^(?:at the\s+)?end$/.test(w)) to = n;
  else if (/^(?:very\s+)?(?:start|beginning|front|top|first|opening)\b/.test(w) || /^(?:at the\s+)?(?:start|beginning)$/.test(w)) to = 1;
  else if (/^(?:up|earlier)$/.test(w)) to = Math.max(1, from - 1);
  else if (/^(?:down|later)$/.test(w)) to = Math.min(n, from + 1);
  else {
    const position = /^(?:position|place|slot|spot)\s*#?\s*(\S+)$/.exec(w) ?? /^(\d+|\w+?)(?:st|nd|rd|th)?(?:\s+(?:scene|slide|one|position|place))?$/.exec(w);
    const relative = /^(after|before)\s+(.+)$/.exec(w);
    if (relative) {
      const target = resolveSceneReferences(relative[2]!, sb);
      if (target.ids.length !== 1) return target.problem ? { ops: [], problem: target.problem } : null;
      const without = sb.scenes.filter((s) => s.id !== id);
      const index = without.findIndex((s) => s.id === target.ids[0]);
      if (index < 0) return { ops: [], problem: 'a scene cannot be moved relative to itself' };
      to = relative[1] === 'after' ? index + 2 : index + 1;
    } else if (position) {
      const word = position[1]!.replace(/(?:st|nd|rd|th)$/, '');
      const map: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
      to = /^\d+$/.test(word) ? Number(word) : (map[position[1]!] ?? map[word] ?? null);
    }
  }
  if (to === null) return null;
  if (to < 1 || to > n) return { ops: [], problem: `there is no position ${to} (the storyboard has ${n} scenes)` };
  if (to === from) return { ops: [], problem: `scene ${from} is already at position ${to}` };
  return { ops: [{ op: 'move_scene', scene_id: id, to }] };
}

function parseAdd(rest: string, sb: Storyboard, quotes: string[]): ClauseResult {
  let body = rest.trim();
  let position: number | null = null;
  const n = sb.scenes.length;
  // Where: "at the end", "at the start", "after scene 2", "before the last scene", "as scene 3".
  const where = /\s*(?:,\s*)?\b(at the (?:very )?(?:end|start|beginning)|at the front|after (.+?)|before (.+?)|as (?:the\s+)?(?:scene|slide)\s*#?(\d+)|as (?:the\s+)?(first|second|third|last) (?:scene|slide|one))$/i.exec(body);
  if (where) {
    const phrase = where[1]!.toLowerCase();
    if (/end/.test(phrase)) position = n + 1;
    else if (/start|beginning|front|first/.test(phrase)) position = 1;
    else if (where[2] || where[3]) {
      const target = resolveSceneReferences((where[2] ?? where[3])!, sb);
      if (target.ids.length !== 1) return target.problem ? { ops: [], problem: target.problem } : null;
      const index = sb.scenes.findIndex((s) => s.id === target.ids[0]);
      position = where[2] ? index + 2 : index + 1;
    } else if (where[4]) position = Number(where[4]);
    else if (where[5]) position = { second: 2, third: 3, last: n + 1 }[where[5].toLowerCase()] ?? null;
    body = body.slice(0, where.index).trim();
  }
  const lower = body.toLowerCase();
  const language = sb.language.slice(0, 2);
  if (!/^(?:a\s+|an\s+|one\s+|another\s+|new\s+|more\s+|extra\s+|the\s+)*(?:new\s+|extra\s+|final\s+|closing\s+|short\s+)?(?:scene|slide|section|part|segment|call[\s-]to[\s-]action|cta|quote|stat|statistic|bullet|list|closing|outro|intro|ending)/.test(lower) && !lower.includes(quoteMark)) {
    return null;
  }
  const said = new RegExp(`(?:saying|that says|which says|with the text|with narration|with|:|that reads|reading)\\s*(${quoteMark}\\d+${quoteMark}|.+)$`, 'i').exec(body);
  const about = /\b(?:about|on|explaining|covering|describing|for)\s+(.+)$/i.exec(body);
  const cta = /\b(?:call[\s-]to[\s-]action|cta|closing|outro|ending)\b/.test(lower);
  const kindWord = /\b(bullet(?:s| list| points)?|list|quote|stat|statistic)\b/.exec(lower)?.[1] ?? null;
  const layout: Layout = cta ? 'cta' : kindWord ? (layoutOf(kindWord) ?? 'presenter') : 'presenter';
  if (cta && position === null) position = n + 1;
  let narration: string | null = null;
  let headline: string | undefined;
  if (said && (said[1]!.includes(quoteMark) || /saying|says|text|narration|reads|reading/.test(said[0]))) narration = unquote(said[1]!, quotes);
  else if (about) {
    const subject = unquote(about[1]!, quotes).replace(/[.!]+$/, '');
    narration = (newSceneLines[language] ?? newSceneLines.en!).replace('{x}', subject);
    headline = subject.charAt(0).toUpperCase() + subject.slice(1);
  } else if (cta) narration = ctaLines[language] ?? ctaLines.en!;
  if (!narration) return { ops: [], problem: 'tell me what the new scene should say (for example: add a scene about pricing, or add a scene saying "…")' };
  const op: EditOperation = { op: 'add_scene', position, layout, narration, ...(headline ? { headline } : {}) };
  return { ops: [op] };
}
