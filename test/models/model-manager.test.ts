import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createModelManager, ModelError, type ModelManager, type PullProgress } from '../../src/models/index.js';
import { startFakeModelHub, type FakeModelHub } from '../support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../support/generated-voice-catalogue.js';

const generated = generatedVoiceCatalogue();
let hub: FakeModelHub;
let dir: string;
let manager: ModelManager;

beforeAll(async () => {
  hub = await startFakeModelHub(generated.files);
});
afterAll(() => hub.close());

async function freshManager(hubUrl = hub.url): Promise<ModelManager> {
  dir = await mkdtemp(join(tmpdir(), 'models-'));
  // The hub is on loopback: allowed because it is the configured HF_ENDPOINT, not by a blanket switch.
  return createModelManager({ modelsDir: dir, hubUrl, catalogue: generated.catalogue, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } });
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function listTree(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).sort();
}

describe('model manager', () => {
  it('lists the catalogue as not installed, pulls a model with progress, and lists it installed', async () => {
    manager = await freshManager();
    expect((await manager.list()).map((status) => [status.model.id, status.installed])).toEqual([
      ['kokoro-tiny', false],
      ['piper-de_DE-tiny-medium', false],
    ]);
    const progress: PullProgress[] = [];
    await manager.pull('piper-de_DE-tiny-medium', (event) => progress.push(event));
    const total = generated.catalogue[1]!.files.reduce((sum, file) => sum + file.bytes!, 0);
    expect(progress.at(-1)).toMatchObject({ receivedBytes: total, totalBytes: total, fileIndex: 2, fileCount: 3 });
    expect(progress.map((event) => event.receivedBytes)).toEqual([...progress.map((event) => event.receivedBytes)].sort((a, b) => a - b));
    const statuses = await manager.list();
    expect(statuses.find((status) => status.model.id === 'piper-de_DE-tiny-medium')).toMatchObject({ installed: true, licence: 'CC0-1.0 (generated for tests)' });
    expect(await listTree(join(dir, 'piper-de_DE-tiny-medium'))).toEqual(['MODEL_CARD', 'manifest.json', 'model.onnx', 'model.onnx.json']);
  });

  it('resumes a download cut mid-file with an HTTP Range request', async () => {
    manager = await freshManager();
    const source = 'test/kokoro-tiny/resolve/0123abc/onnx/model_quantized.onnx';
    hub.cutNext(source, 700);
    hub.requests.length = 0;
    const error = await manager.pull('kokoro-tiny').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe('network');
    expect((error as ModelError).message).toMatch(/resume/);
    // Nothing half-written where the model lives: only the partial file, kept for the resume.
    expect(await manager.isInstalled('kokoro-tiny')).toBe(false);
    await expect(stat(join(dir, 'kokoro-tiny', 'model.onnx'))).rejects.toThrow();
    expect((await stat(join(dir, '.partial', 'kokoro-tiny', 'model.onnx.part'))).size).toBe(700);

    await manager.pull('kokoro-tiny');
    expect(hub.requests.filter((request) => request.path === `/${source}`).map((request) => request.range)).toEqual([undefined, 'bytes=700-']);
    expect(await readFile(join(dir, 'kokoro-tiny', 'model.onnx'))).toEqual(Buffer.from(generated.files.get(source)!));
    await expect(stat(join(dir, '.partial', 'kokoro-tiny'))).rejects.toThrow();
    expect((await manager.verify()).map((result) => [result.modelId, result.ok])).toEqual([['kokoro-tiny', true]]);
  });

  it('discards a file whose checksum does not match, and says so', async () => {
    manager = await freshManager();
    const source = 'test/kokoro-tiny/resolve/0123abc/tokenizer.json';
    const good = generated.files.get(source)!;
    const bad = Uint8Array.from(good);
    bad[5] = bad[5]! ^ 1;
    hub.replace(source, bad);
    try {
      const error = (await manager.pull('kokoro-tiny').catch((caught: unknown) => caught)) as ModelError;
      expect(error.code).toBe('checksum_mismatch');
      expect(error.message).toMatch(/SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}/);
      await expect(stat(join(dir, 'kokoro-tiny', 'tokenizer.json'))).rejects.toThrow();
      await expect(stat(join(dir, '.partial', 'kokoro-tiny', 'tokenizer.json.part'))).rejects.toThrow();
      expect(await manager.isInstalled('kokoro-tiny')).toBe(false);
    } finally {
      hub.replace(source, good);
    }
  });

  it('verify notices a changed file; remove deletes the model', async () => {
    manager = await freshManager();
    await manager.pull('piper-de_DE-tiny-medium');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'piper-de_DE-tiny-medium', 'model.onnx.json'), '{}');
    const [result] = await manager.verify();
    expect(result).toMatchObject({ modelId: 'piper-de_DE-tiny-medium', ok: false });
    expect(result!.problems[0]).toMatch(/model\.onnx\.json has changed/);
    expect(await manager.remove('piper-de_DE-tiny-medium')).toBe(true);
    expect(await manager.isInstalled('piper-de_DE-tiny-medium')).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    expect(await manager.remove('piper-de_DE-tiny-medium')).toBe(false);
  });

  it('gives clear errors for an unknown id, a 404 and an unreachable hub', async () => {
    manager = await freshManager();
    expect(() => manager.find('kokoro')).toThrow(/Did you mean: kokoro-tiny/);
    const missing = await freshManager(`${hub.url}/nowhere`);
    const notFound = (await missing.pull('kokoro-tiny').catch((caught: unknown) => caught)) as ModelError;
    expect(notFound.code).toBe('not_found');
    expect(notFound.message).toMatch(/404/);
    const offline = await freshManager('http://127.0.0.1:9');
    const unreachable = (await offline.pull('kokoro-tiny').catch((caught: unknown) => caught)) as ModelError;
    expect(unreachable.code).toBe('network');
    expect(unreachable.message).toMatch(/Cannot reach 127\.0\.0\.1:9 .*HF_ENDPOINT/);
  });

  it('refuses a hub on a private address unless it is the configured one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'models-'));
    const { ModelManager: Manager } = await import('../../src/models/index.js');
    const { createOutboundGuard } = await import('../../src/net/index.js');
    const guard = createOutboundGuard({ allowPrivateUrls: false, outboundAllowlist: [] });
    const guarded = new Manager({ modelsDir: dir, hubUrl: hub.url, catalogue: generated.catalogue, fetch: guard.fetch });
    const error = (await guarded.pull('kokoro-tiny').catch((caught: unknown) => caught)) as ModelError;
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/loopback|refused/);
  });
});
