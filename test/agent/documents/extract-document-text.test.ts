import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../src/agent/index.js';
import { PermanentError } from '../../../src/errors/index.js';
import { minimalPdf } from './minimal-pdf.js';

describe('extractDocumentText', () => {
  it('returns plain text as is, normalising line ends and a BOM', async () => {
    const text = await extractDocumentText(Buffer.from('\uFEFFFirst line.\r\nSecond line.\r\n'), 'text/plain; charset=utf-8');
    expect(text).toBe('First line.\nSecond line.');
  });

  it('reads Latin-1 text that is not valid UTF-8', async () => {
    const text = await extractDocumentText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]), 'text/plain');
    expect(text).toBe('Café.');
  });

  it('strips Markdown markup but keeps headings and list items on their own lines', async () => {
    const md = [
      '---',
      'title: ignored front matter',
      '---',
      '# Release **notes**',
      '',
      'Read the [full changelog](https://example.com) or `run it`.',
      '',
      '## What is new',
      '* Dark mode',
      '- [x] Offline _sync_',
      '1. First step',
      '2) Second step',
      '',
      '```js',
      'console.log("code is dropped")',
      '```',
      '> A quoted line',
      '![diagram of the flow](img.png)',
    ].join('\n');
    const text = await extractDocumentText(Buffer.from(md), 'text/markdown');
    const lines = text.split('\n');
    expect(lines).toContain('Release notes');
    expect(lines).toContain('What is new');
    expect(lines).toContain('- Dark mode');
    expect(lines).toContain('- Offline sync');
    expect(lines).toContain('1. First step');
    expect(lines).toContain('2. Second step');
    expect(text).toContain('Read the full changelog or run it.');
    expect(text).toContain('A quoted line');
    expect(text).toContain('diagram of the flow');
    expect(text).not.toMatch(/[#*`[\]]|console\.log|front matter/);
  });

  it('reads the text of every page of a PDF', async () => {
    const pdf = minimalPdf([['Quarterly report (draft)', 'Revenue grew by 12 percent.'], ['Page two: next steps.']]);
    const text = await extractDocumentText(pdf, 'application/pdf');
    expect(text).toContain('Quarterly report (draft)');
    expect(text).toContain('Revenue grew by 12 percent.');
    expect(text).toContain('Page two: next steps.');
    expect(text.indexOf('Revenue')).toBeLessThan(text.indexOf('Page two'));
    expect(text.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a PDF without a text layer with a PermanentError', async () => {
    await expect(extractDocumentText(minimalPdf([[]]), 'application/pdf')).rejects.toThrow(/no text layer/);
  });

  it('rejects broken PDFs, binaries sent as text and unknown types with PermanentError', async () => {
    await expect(extractDocumentText(Buffer.from('%PDF-1.4 this is not really a pdf'), 'application/pdf')).rejects.toBeInstanceOf(PermanentError);
    await expect(extractDocumentText(Buffer.from('hello'), 'application/pdf')).rejects.toThrow(/not a PDF/);
    await expect(extractDocumentText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'text/plain')).rejects.toThrow(/binary/);
    await expect(extractDocumentText(Buffer.from('x'), 'image/png')).rejects.toBeInstanceOf(PermanentError);
  });
});
