import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLocalModel, folderModelSource, llmCatalogue } from '../../../src/agent/index.js';
import { cleanStrings, reviseGrammarSchema, toGrammarSchema } from '../../../src/agent/local/index.js';

describe('choosing the local model', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-models-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds none before a pull, then the installed one in the catalogue order', async () => {
    const source = folderModelSource(dir);
    expect(await chooseLocalModel(source, null)).toBeNull();
    await mkdir(join(dir, 'qwen3-1.7b'), { recursive: true });
    await writeFile(join(dir, 'qwen3-1.7b', 'model.gguf'), 'GGUF');
    expect((await chooseLocalModel(source, null))?.id).toBe('qwen3-1.7b');
    await mkdir(join(dir, 'qwen2.5-1.5b-instruct'), { recursive: true });
    await writeFile(join(dir, 'qwen2.5-1.5b-instruct', 'model.gguf'), 'GGUF');
    expect((await chooseLocalModel(source, null))?.id).toBe('qwen2.5-1.5b-instruct');
    expect((await chooseLocalModel(source, 'qwen3-1.7b'))?.entry?.systemSuffix).toBe('/no_think');
    expect(await chooseLocalModel(source, 'smollm2-1.7b-instruct')).toBeNull();
    expect(await chooseLocalModel(source, '../etc')).toBeNull();
  });

  it('takes any .gguf path from LOCAL_LLM_MODEL', async () => {
    const path = join(dir, 'mine.gguf');
    await writeFile(path, 'GGUF');
    expect(await chooseLocalModel(folderModelSource(dir), path)).toMatchObject({ id: 'mine', path, entry: null });
  });

  it('pins every catalogue file to a revision, a size and a SHA-256', () => {
    expect(llmCatalogue[0]!.id).toBe('qwen2.5-1.5b-instruct');
    for (const entry of llmCatalogue) {
      expect(entry.kind).toBe('llm');
      for (const file of entry.files) {
        expect(file.source).toMatch(/^[\w.-]+\/[\w.-]+\/resolve\/[0-9a-f]{40}\/[\w.-]+\.gguf$/);
        expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(file.bytes).toBeGreaterThan(500_000_000);
      }
    }
  });
});

describe('schemas for grammar-constrained output', () => {
  it('bounds every string and list, and turns unions and nulls into oneOf', () => {
    const schema = toGrammarSchema({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] }, b: { type: 'array', items: { type: 'string', const: 'x' } } } }, { maxString: 10, maxItems: 3 });
    expect(schema).toEqual({ type: 'object', properties: { a: { oneOf: [{ type: 'string', maxLength: 10 }, { type: 'null' }] }, b: { type: 'array', maxItems: 3, items: { const: 'x' } } } });
    const text = JSON.stringify(reviseGrammarSchema);
    expect(text).not.toContain('anyOf');
    expect(text).toContain('"const":"set_voice"');
  });

  it('cleans what random bytes leave in text', () => {
    expect(cleanStrings({ a: ['x\uFFFD\uFFFDy\u0007 ', '\uD800z'], n: 3 })).toEqual({ a: ['xy', 'z'], n: 3 });
  });
});
