import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePull } from '../../src/cli/models-command.js';
import { startFakeModelHub, type FakeModelHub } from '../support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../support/generated-voice-catalogue.js';
import { runCliProcess } from './run-cli-process.js';

const generated = generatedVoiceCatalogue();
let hub: FakeModelHub;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  hub = await startFakeModelHub(generated.files);
  dir = await mkdtemp(join(tmpdir(), 'models-cli-'));
  await writeFile(join(dir, 'catalogue.json'), JSON.stringify(generated.catalogue));
  env = { DATA_DIR: join(dir, 'data'), HF_ENDPOINT: hub.url, MODELS_CATALOGUE: join(dir, 'catalogue.json') };
});
afterAll(async () => {
  await hub.close();
  await rm(dir, { recursive: true, force: true });
});

describe('video-agent models', () => {
  it('lists, pulls with a progress bar, verifies and removes a model', async () => {
    const before = await runCliProcess(['models', 'list'], { env });
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/kokoro-tiny\s+1\.0 MB\s+Apache-2\.0\s+en-us en-gb/);
    expect(before.stdout).toMatch(/kokoro-82m\s+1\d\d\.\d MB\s+Apache-2\.0/);
    expect(before.stdout).not.toMatch(/installed/);

    const pull = await runCliProcess(['models', 'pull', 'kokoro-tiny'], { env });
    expect(pull.stderr).toMatch(/Pulling kokoro-tiny: Generated Kokoro-shaped model/);
    expect(pull.stderr).toMatch(/100% kokoro-tiny {2}1\.0 MB/);
    expect(pull.stdout).toMatch(/kokoro-tiny installed: 2 voices \(kokoro-af_heart, kokoro-bf_emma\)/);
    expect(pull.code).toBe(0);

    const listed = await runCliProcess(['models', 'list', '--json'], { env });
    const rows = JSON.parse(listed.stdout) as { id: string; installed: boolean }[];
    expect(rows.find((row) => row.id === 'kokoro-tiny')?.installed).toBe(true);
    expect((await runCliProcess(['models', 'pull', 'kokoro-tiny'], { env })).stdout).toMatch(/already installed/);
    expect((await runCliProcess(['models', 'verify'], { env })).stdout).toMatch(/kokoro-tiny: ok/);
    expect((await runCliProcess(['models', 'remove', 'kokoro-tiny'], { env })).stdout).toMatch(/kokoro-tiny removed/);
    expect((await runCliProcess(['models', 'verify'], { env })).stdout).toMatch(/No models are installed/);
  });

  it('fails with one clear line for an unknown model and for a hub that is down', async () => {
    const unknown = await runCliProcess(['models', 'pull', 'kokoro'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/video-agent: No model "kokoro" in the catalogue\. Did you mean: kokoro-tiny, kokoro-82m/);
    const offline = await runCliProcess(['models', 'pull', 'kokoro-tiny'], { env: { ...env, HF_ENDPOINT: 'http://127.0.0.1:9' } });
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/Cannot reach 127\.0\.0\.1:9 .*set HF_ENDPOINT to a mirror/);
  });

  it('describes progress as bytes, speed and time left', () => {
    const described = describePull({ modelId: 'kokoro-82m', file: 'model.onnx', fileIndex: 0, fileCount: 56, receivedBytes: 45_200_000, totalBytes: 92_300_000, bytesPerSecond: 5_100_000, secondsLeft: 9.2 });
    expect(described.label).toBe('kokoro-82m  45.2 MB / 92.3 MB  5.1 MB/s  0:09 left');
    expect(described.percent).toBeCloseTo(48.97, 2);
  });
});
