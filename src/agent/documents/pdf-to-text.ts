import { PermanentError } from '../../errors/index.js';

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/**
 * Text of every page of a PDF, pages separated by a blank line. Uses the pdfjs legacy build (the modern
 * one needs browser globals) in the main thread: no worker, fonts not loaded, no eval.
 */
export async function pdfToText(bytes: Buffer, signal?: AbortSignal): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and detaches) the array it is given: hand it a copy.
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const onAbort = (): void => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && error.name === 'PasswordException') {
        throw new PermanentError('The PDF is password-protected; send an unprotected copy.', { cause: error });
      }
      throw new PermanentError(`The PDF could not be read (${reason}).`, { cause: error });
    });
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items as TextItemLike[]));
      page.cleanup();
    }
    await doc.destroy();
    return pages.join('\n\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Joins text runs into lines: a new line when pdfjs says so or when the baseline moves; a blank line for a big gap. */
function joinItems(items: TextItemLike[]): string {
  let text = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 1 && !text.endsWith('\n')) {
      text += Math.abs(y - lastY) > (lastHeight || 12) * 1.8 ? '\n\n' : '\n';
    }
    text += item.str;
    if (item.hasEOL) text += '\n';
    if (y !== null) lastY = y;
    if (item.height) lastHeight = item.height;
  }
  return text;
}
