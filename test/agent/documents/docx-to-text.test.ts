import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, DOCX_MIME_TYPE, extractDocumentText, isDocumentMimeType } from '../../../src/agent/index.js';
import { PermanentError } from '../../../src/errors/index.js';
import { validateStoryboard } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';

/** A Word document with a heading, paragraphs (one with "&") and a second-level heading. */
const docx = readFileSync(fileURLToPath(new URL('./quarterly-update.docx', import.meta.url)));

describe('DOCX attachments', () => {
  it('are documents the planner reads', () => {
    expect(isDocumentMimeType(DOCX_MIME_TYPE)).toBe(true);
  });

  it('become text with headings on their own lines and entities decoded', async () => {
    const text = await extractDocumentText(docx, DOCX_MIME_TYPE);
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('Quarterly Update for the Sales Team');
    expect(text).toContain('Revenue grew by 18% this quarter, driven by the new subscription plans.');
    expect(text).toContain('record rate & support tickets');
    expect(lines).toContain('Next steps');
    expect(text).not.toMatch(/<|&amp;/);
  });

  it('refuse a file that is not a ZIP, and a ZIP that is not a Word document', async () => {
    await expect(extractDocumentText(Buffer.from('plain text pretending'), DOCX_MIME_TYPE)).rejects.toBeInstanceOf(PermanentError);
    const notWord = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]);
    await expect(extractDocumentText(notWord, DOCX_MIME_TYPE)).rejects.toThrow(/DOCX document cannot be read/);
  });

  it('are summarised into a storyboard by the built-in planner', async () => {
    const text = await extractDocumentText(docx, DOCX_MIME_TYPE);
    const result = await new BuiltinPlanner().plan(
      {
        prompt: 'Turn this into a short video',
        attachments: [{ asset_id: 'ast_doc', mime_type: DOCX_MIME_TYPE, filename: 'quarterly-update.docx', text }],
        orientation: null,
        duration_sec: null,
        voice_id: null,
        avatar_id: null,
        style_id: null,
        skip_agentic_stop: false,
      },
      testContext(),
    );
    expect(result.kind).toBe('storyboard');
    if (result.kind !== 'storyboard') return;
    const sb = validateStoryboard(result.storyboard);
    const all = sb.scenes.map((s) => `${s.narration} ${s.stat ?? ''}`).join(' ');
    expect(all).toMatch(/18 ?%/);
    expect(sb.title).toMatch(/Quarterly Update/);
  });
});
