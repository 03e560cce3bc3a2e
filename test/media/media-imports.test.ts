import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** The src-relative folders a file imports from (type imports included: they tie the modules together too). */
async function importedFolders(file: string): Promise<string[]> {
  const { importedFiles } = ts.preProcessFile(await readFile(file, 'utf8'), true, true);
  return importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => relative(SRC, resolve(dirname(file), i.fileName)));
}

describe('src/media dependencies', () => {
  it('point one way: nothing in src/media imports src/avatars (the avatars build on the renderer, not the reverse)', async () => {
    const offenders: string[] = [];
    for (const file of await tsFiles(join(SRC, 'media'))) {
      for (const target of await importedFolders(file)) {
        if (target === 'avatars' || target.startsWith('avatars/')) offenders.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
