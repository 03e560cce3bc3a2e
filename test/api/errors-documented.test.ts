import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/errors/index.js';

describe('docs/errors.md', () => {
  it('has a section for every code in the error table, with its status', async () => {
    const doc = await readFile(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const sections = new Map<string, string>();
    for (const part of doc.split(/^## /m).slice(1)) {
      const [title = '', ...rest] = part.split('\n');
      sections.set(title.trim(), rest.join('\n'));
    }
    for (const [code, { status }] of Object.entries(errorCodes)) {
      expect(sections.has(code), `docs/errors.md lacks a "## ${code}" section`).toBe(true);
      expect(sections.get(code), `the ${code} section does not give its status ${status}`).toContain(`**${status}.**`);
    }
    for (const title of sections.keys()) expect(Object.keys(errorCodes), `"${title}" is not a code`).toContain(title);
  });
});
