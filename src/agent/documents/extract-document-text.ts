import { PermanentError } from '../../errors/index.js';
import { markdownToText } from './markdown-to-text.js';
import { pdfToText } from './pdf-to-text.js';
import { docxToText } from './docx-to-text.js';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Mime types extractDocumentText reads. */
export const documentMimeTypes = ['text/plain', 'text/markdown', 'text/x-markdown', 'application/pdf', DOCX_MIME_TYPE] as const;

export function isDocumentMimeType(mimeType: string): boolean {
  return (documentMimeTypes as readonly string[]).includes(baseType(mimeType));
}

function baseType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

function decodeText(bytes: Buffer): string {
  // Refuse binaries sent as text: NUL bytes never occur in real text files.
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new PermanentError('The file is not a text document (it contains binary data).');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: legacy single-byte text is far more common than anything else.
    text = new TextDecoder('latin1').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * The readable text of an attached document: plain text as is, Markdown without its markup (headings
 * and list items kept one per line), PDF text page by page. Throws PermanentError for a type it cannot
 * read or a file that is broken or has no text.
 */
export async function extractDocumentText(bytes: Buffer, mimeType: string, signal?: AbortSignal): Promise<string> {
  const type = baseType(mimeType);
  let text: string;
  switch (type) {
    case 'text/plain':
      text = decodeText(bytes).replace(/\r\n?/g, '\n').trim();
      break;
    case 'text/markdown':
    case 'text/x-markdown':
      text = markdownToText(decodeText(bytes));
      break;
    case 'application/pdf':
      if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
        throw new PermanentError('The file is not a PDF (no %PDF header).');
      }
      text = await pdfToText(bytes, signal);
      if (text.trim() === '') {
        throw new PermanentError('The PDF has no text layer (is it a scan?); send the text or a searchable PDF.');
      }
      break;
    case DOCX_MIME_TYPE:
      text = await docxToText(bytes);
      if (text.trim() === '') throw new PermanentError('The DOCX document has no text.');
      break;
    default:
      throw new PermanentError(`Cannot read text from ${type || 'an unknown type'}; send text/plain, text/markdown, application/pdf or a DOCX document.`);
  }
  return text;
}
