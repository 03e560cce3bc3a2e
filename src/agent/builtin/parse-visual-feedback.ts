import type { Storyboard } from '../../storyboard/index.js';
import type { EditOperation, RequestableVisualKind } from '../edits/index.js';
import type { Attachment } from '../planner.js';
import type { ParsedFeedback } from './parse-feedback.js';
import { resolveSceneReferences } from './scene-reference.js';

export interface VisualFeedback extends ParsedFeedback {
  /** The message without the picture requests, for the general feedback parser. */
  rest: string;
}

type Clause = { ops: EditOperation[]; problem?: string } | null;

const pictureNoun = '(?:pictures?|images?|visuals?|illustrations?|photos?|photographs?|graphics?|icons?|emojis?|artwork|imagery|pics?)';
const editVerb = '(?:use|make|put|show|give|add|remove|delete|drop|replace|swap|change|set|turn|switch|move|speed|slow|render|approve|no)';
const upload = /\b(?:my|the|this)\s+(?:own\s+)?(?:upload(?:ed)?(?:\s+(?:image|photo|picture|video|file|clip))?|attach(?:ment|ed\s+(?:image|photo|picture|video|file|clip))|(?:image|photo|picture|video|file|clip)\s+(?:i|we)\s+(?:just\s+)?(?:sent|attached|uploaded|added))\b|\b(?:this|the attached)\s+(?:image|photo|picture|video|clip)\b/i;

/**
 * Picks the picture requests out of a feedback message ("use a photo of a beach for scene 2", "no pictures on the
 * title", "replace the picture in scene 3 with my upload", "more footage, fewer icons", "a different picture for
 * scene 4", "use a chart for scene 3") and leaves the rest of the message to the general parser.
 */
export function parseVisualFeedback(message: string, sb: Storyboard, attachments: readonly Attachment[]): VisualFeedback {
  const result: VisualFeedback = { operations: [], understood: [], unknown: [], problems: [], rest: '' };
  const rest: string[] = [];
  // A full stop ends a sentence when a space or the end follows it ("scene 2. No pictures…"), not in "1.5".
  const sentences = message.split(/[.;!?]+(?=\s|$)|\n+/).map((s) => s.trim()).filter(Boolean);
  for (const sentence of sentences) {
    const parts = sentence.split(new RegExp(`\\s*,\\s*(?:and\\s+|then\\s+)?(?=${editVerb}\\b)|\\s+(?:and|then)\\s+(?=${editVerb}\\b)`, 'i'));
    for (const part of parts) {
      const parsed = parseVisualClause(part, sb, attachments);
      if (!parsed) {
        rest.push(part);
        continue;
      }
      if (parsed.problem) result.problems.push(parsed.problem);
      if (parsed.ops.length > 0) {
        result.operations.push(...parsed.ops);
        result.understood.push(part);
      }
    }
  }
  result.rest = rest.join('. ');
  return result;
}

/** One clause as picture edits, or null when it is not about pictures. */
export function parseVisualClause(clause: string, sb: Storyboard, attachments: readonly Attachment[]): Clause {
  const c = clause.trim().replace(/^(?:please|pls|can you|could you|would you|i'?d like (?:you )?to|i want (?:you )?to|let'?s)\s+/i, '').replace(/[,\s]+$/, '');
  const lower = c.toLowerCase();
  let m: RegExpExecArray | null;

  // The whole video: "more footage, fewer icons", "only illustrations", "no stock footage".
  if (/\b(?:more|use|prefer|with)\s+(?:stock\s+)?(?:footage|videos?|clips|b-?roll|stock (?:photos|videos|footage)|real photos)\b|\bfewer\s+(?:icons|illustrations|emojis?|drawings|cartoons)\b|\bless\s+(?:icons|illustrations|emojis?|cartoon)/.test(lower) && !/\bscene|slide|\btitle\b/.test(lower)) {
    return { ops: [{ op: 'prefer_visuals', prefer: 'footage' }] };
  }
  if (/^(?:no|without|fewer|less)\s+(?:stock\s+)?(?:footage|videos|clips|b-?roll|stock photos)\b|\bonly\s+(?:use\s+)?(?:the\s+)?(?:illustrations|icons|drawings|built-in pictures|library)\b|\bmore\s+(?:illustrations|icons|drawings)\b/.test(lower)) {
    return { ops: [{ op: 'prefer_visuals', prefer: 'library' }] };
  }

  // No picture: "no pictures on the title", "remove the picture from scene 3", "scene 2 without a picture".
  if ((m = new RegExp(`^(?:no|without)\\s+(?:any\\s+)?${pictureNoun}(?:\\s+(?:on|in|for|at)\\s+(.+))?$`).exec(lower)) ||
      (m = new RegExp(`^(?:remove|delete|drop|hide|lose|take (?:out|away|off)|get rid of)\\s+(?:all\\s+)?(?:the\\s+)?${pictureNoun}(?:\\s+(?:from|on|in|of|at)\\s+(.+))?$`).exec(lower)) ||
      (m = new RegExp(`^(?:show\\s+|leave\\s+)?(.+?)\\s+without\\s+(?:a\\s+|any\\s+)?${pictureNoun}$`).exec(lower))) {
    return sceneOps(m[1] ?? null, sb, (id) => ({ op: 'remove_visual', scene_id: id }));
  }

  // "replace the picture in scene 3 with my upload / with a photo of a beach"
  if ((m = new RegExp(`^(?:replace|swap|change)\\s+(?:the\\s+)?${pictureNoun}\\s+(?:in|on|of|for|at)\\s+(.+?)\\s+(?:with|for|to)\\s+(.+)$`, 'i').exec(c))) {
    return describedVisual(m[2]!, m[1]!, sb, attachments);
  }
  // Another picture: "a different picture for scene 4", "change the picture in scene 2".
  if ((m = new RegExp(`^(?:(?:use|give (?:me|it)|show|pick|choose|try|find|get)\\s+)?(?:an?\\s+)?(?:different|another|new|other|better)\\s+${pictureNoun}(?:\\s+(?:for|in|on|of|at)\\s+(.+))?$`).exec(lower)) ||
      (m = new RegExp(`^(?:change|swap|switch|replace)\\s+(?:the\\s+)?${pictureNoun}\\s+(?:in|on|of|for|at)\\s+(.+)$`).exec(lower))) {
    if (!m[1] && !/s$/.test(lower) && sb.scenes.length > 1) return { ops: [], problem: 'tell me which scene should get a different picture (for example: a different picture for scene 2)' };
    return sceneOps(m[1] ?? null, sb, (id) => ({ op: 'next_visual', scene_id: id }));
  }

  // "use a photo of people on a beach for scene 2", "put my upload in scene 3", "use a chart for scene 3": the
  // scene is named last, so the description may itself hold "on" or "in".
  if ((m = /^(?:use|put|show|add|give\s+(?:it|me)|i want|try|insert|place)\s+(.+)$/i.exec(c))) {
    const body = m[1]!;
    const cuts = [...body.matchAll(/\s+(?:for|in|on|into|at|to)\s+/gi)].reverse();
    for (const cut of cuts) {
      const described = describedVisual(body.slice(0, cut.index), body.slice(cut.index + cut[0].length), sb, attachments);
      if (described) return described;
    }
  }
  // "make scene 3 a chart", "show scene 3 as a chart", "turn scene 3 into a chart"
  if ((m = /^(?:make|turn|show|display)\s+(.+?)\s+(?:into\s+|as\s+)?(?:an?\s+)?(?:animated\s+)?(?:bar\s+|line\s+|donut\s+|pie\s+)?(?:chart|graph)$/i.exec(c))) {
    return sceneOps(m[1]!, sb, (id) => ({ op: 'set_visual', scene_id: id, kind: 'chart' }));
  }
  return null;
}

/** A picture described in words ("a photo of a beach", "my upload", "a chart") for the scene(s) a phrase names. */
function describedVisual(description: string, scenePhrase: string, sb: Storyboard, attachments: readonly Attachment[]): Clause {
  const wanted = pictureRequest(description);
  if (!wanted) return null;
  if (wanted.kind === 'user_media') {
    const media = attachments.filter((a) => a.mime_type.startsWith('image/') || a.mime_type.startsWith('video/'));
    if (media.length === 0) return { ops: [], problem: 'attach the image or video you want to use to the same message' };
    return sceneOps(scenePhrase, sb, (id, i) => ({ op: 'set_visual', scene_id: id, kind: 'user_media', asset_id: media[Math.min(i, media.length - 1)]!.asset_id }));
  }
  return sceneOps(scenePhrase, sb, (id) => ({ op: 'set_visual', scene_id: id, kind: wanted.kind, ...(wanted.query ? { query: wanted.query } : {}), ...(wanted.pick ? { pick: wanted.pick } : {}) }));
}

/** What kind of picture a phrase asks for, and the words to look it up by. */
export function pictureRequest(description: string): { kind: RequestableVisualKind; query?: string; pick?: string } | null {
  const d = description.trim().replace(/^["“”'‘’«]+|["“”'‘’»]+$/g, '');
  const lower = d.toLowerCase();
  if (upload.test(d)) return { kind: 'user_media' };
  const query = (s: string): string => s.replace(/^(?:an?|some|the)\s+/i, '').replace(/["“”'‘’«»]/g, '').trim();
  let m: RegExpExecArray | null;
  // The studio's swap: "the stock photo pexels/7 of “beach”" names the search and the item chosen from it.
  if ((m = /^(?:the\s+)?stock\s+(photo|video)\s+([a-z0-9_-]+)\/(\S+)\s+of\s+(.+)$/i.exec(d))) {
    return { kind: m[1]!.toLowerCase() === 'video' ? 'stock_video' : 'stock_image', query: query(m[4]!), pick: `${m[2]!.toLowerCase()}:${m[3]!}` };
  }
  if (/^(?:an?\s+)?(?:animated\s+)?(?:bar\s+|line\s+|donut\s+|pie\s+)?(?:chart|graph|diagram)\b/.test(lower)) return { kind: 'chart' };
  if ((m = /^(?:an?\s+)?(?:ai[\s-]+)?generated\s+(?:image|picture|photo|illustration)\s+(?:of\s+)?(.+)$/i.exec(d)) ||
      (m = /^(?:an?\s+)?(?:ai|dall-?e)\s+(?:image|picture)\s+(?:of\s+)?(.+)$/i.exec(d))) {
    return { kind: 'generated_image', query: query(m[1]!) };
  }
  if ((m = /^(?:an?\s+|some\s+)?(?:stock\s+)?(?:video|footage|clip|b-?roll|film)\s+(?:clip\s+)?(?:of|showing|with)\s+(.+)$/i.exec(d))) return { kind: 'stock_video', query: query(m[1]!) };
  if ((m = /^(?:an?\s+|the\s+)?(?:illustration|drawing|emoji|cartoon|clip ?art)\s+(?:of\s+)?(.+)$/i.exec(d))) return { kind: 'illustration', query: query(m[1]!) };
  if ((m = /^(?:an?\s+|the\s+)?(?:line\s+)?icon\s+(?:of\s+|for\s+)?(.+)$/i.exec(d))) return { kind: 'icon', query: query(m[1]!) };
  if ((m = /^(?:an?\s+|some\s+)?(?:stock\s+)?(?:photo|photograph|picture|image|pic|shot)\s+(?:of|showing|with)\s+(.+)$/i.exec(d))) return { kind: 'stock_image', query: query(m[1]!) };
  return null;
}

/** The ops for every scene a phrase names (all scenes when it names none); "the title" is the title scene. */
function sceneOps(phrase: string | null, sb: Storyboard, build: (id: string, i: number) => EditOperation): Clause {
  if (phrase === null || /^(?:all|every|each)(?:\s+(?:the\s+)?(?:scenes?|slides?))?$|^(?:the\s+)?(?:whole\s+)?(?:video|storyboard)$/.test(phrase.trim().toLowerCase())) {
    return { ops: sb.scenes.map((s, i) => build(s.id, i)) };
  }
  const text = phrase.trim().toLowerCase().replace(/^(?:the\s+)?(?:title|title scene|title slide|title card|opening title)$/, 'title');
  if (text === 'title') {
    const index = Math.max(0, sb.scenes.findIndex((s) => s.layout === 'title'));
    return { ops: [build(sb.scenes[index]!.id, 0)] };
  }
  const refs = resolveSceneReferences(phrase, sb);
  if (refs.ids.length === 0) return refs.problem ? { ops: [], problem: refs.problem } : null;
  return { ops: refs.ids.map((id, i) => build(id, i)), ...(refs.problem ? { problem: refs.problem } : {}) };
}
