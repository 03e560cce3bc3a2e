import mammoth from 'mammoth';
import { PermanentError } from '../../errors/index.js';
import { markdownToText } from './markdown-to-text.js';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/**
 * The text of a Word document: mammoth turns it into semantic HTML (headings, lists, paragraphs), which
 * becomes Markdown-like lines and then the same text as an attached Markdown file gives, so headings
 * and list items stay one per line for the planner.
 */
export async function docxToText(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new PermanentError('The file is not a DOCX document (it is not a ZIP archive).');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new PermanentError(`The DOCX document cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const markdown = html
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${inner}\n\n`)
    .replace(/<li[^>]*>([\s\S]*?)<\/li>/g, (_, inner: string) => `\n- ${inner.replace(/<\/?p[^>]*>/g, ' ')}\n`)
    .replace(/<\/(?:p|ul|ol|table|tr)>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]+>/g, '');
  return markdownToText(decode(markdown).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n'));
}
