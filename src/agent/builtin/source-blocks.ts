import { splitSentences } from '../text/index.js';

/** A piece of the material: a heading, a paragraph's sentences, or a list (with the sentence that introduced it). */
export type SourceBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; sentences: string[] }
  | { kind: 'list'; intro: string | null; items: string[] };

const listItem = /^\s*(?:[-*•·‣▪◦–]|\(?\d{1,2}[.)]|[a-h][.)])\s+(.*)$/;

function isHeading(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/).length;
  if (words > 12 || line.length > 90) return false;
  if (/[.!?,;。！？、]$/u.test(line) || /:$/.test(line) || /[。！？]/u.test(line)) return false;
  // A heading is followed by something (or ends the text) and starts with a capital or digit.
  return /^[\p{Lu}\p{N}]/u.test(line) && (next === undefined || next.trim() === '' || /^[\p{Lu}\p{N}*•-]/u.test(next.trim()));
}

/** Inline lists in a sentence: "It supports dark mode, offline sync and a 30% faster startup." → three items. */
export function inlineListItems(sentence: string): string[] | null {
  const match = /^(.*?\b(?:supports?|includes?|including|features?|offers?|brings?|adds?|comes with|now has|:)\s+)(.+)$/i.exec(sentence.replace(/[.!?]+$/, ''));
  if (!match) return null;
  const parts = match[2]!.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 6)) return null;
  return parts.map((p) => p.replace(/^(?:an?|the)\s+/i, '')).map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/**
 * The structure of plain text (as extractDocumentText returns it): headings, paragraphs split into
 * sentences, and lists. Lines of a paragraph are joined (PDFs wrap mid-sentence; hyphenated breaks are mended).
 */
export function sourceBlocks(text: string): SourceBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: SourceBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let intro: string | null = null;

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\n/g, ' ');
    const sentences = splitSentences(joined);
    paragraph = [];
    if (sentences.length > 0) blocks.push({ kind: 'paragraph', sentences });
  };
  const flushList = (): void => {
    if (list.length === 0) return;
    blocks.push({ kind: 'list', intro, items: list });
    list = [];
    intro = null;
  };

  lines.forEach((raw, i) => {
    const line = raw.trim();
    const item = listItem.exec(raw);
    if (line === '') {
      flushParagraph();
      // A blank line between items does not end a list; anything else after it will.
      return;
    }
    if (item && item[1]!.trim()) {
      if (list.length === 0) {
        // "Three things matter:" just before a list introduces it.
        if (paragraph.length > 0 && /:$/.test(paragraph[paragraph.length - 1]!)) {
          flushParagraph();
          const last = blocks[blocks.length - 1];
          if (last?.kind === 'paragraph') {
            intro = last.sentences.pop() ?? null;
            if (last.sentences.length === 0) blocks.pop();
          }
        } else flushParagraph();
      }
      list.push(item[1]!.trim());
      return;
    }
    flushList();
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (paragraph.length === 0 && isHeading(line, next)) {
      blocks.push({ kind: 'heading', text: line.replace(/\s*[:–-]\s*$/, '') });
      return;
    }
    paragraph.push(line);
  });
  flushParagraph();
  flushList();
  return blocks;
}
