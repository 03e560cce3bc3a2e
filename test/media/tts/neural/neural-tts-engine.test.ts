import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine, NeuralTtsEngine, onnxRuntimeAvailable, type Synthesis } from '../../../../src/media/tts/index.js';
import { createModelManager, modelVoiceSource, type ModelManager } from '../../../../src/models/index.js';
import { startFakeModelHub, type FakeModelHub } from '../../../support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../../../support/generated-voice-catalogue.js';
import { KOKORO_SAMPLES_PER_TOKEN } from '../../../support/tiny-voice-models.js';

const available = onnxRuntimeAvailable();
if (!available) console.warn('Skipping the neural engine tests: onnxruntime-node is not installed here.');

describe.runIf(available)('neural TTS engine (generated Kokoro- and Piper-shaped models)', () => {
  const generated = generatedVoiceCatalogue();
  let hub: FakeModelHub;
  let dir: string;
  let manager: ModelManager;
  let espeak: EspeakTtsEngine;
  let engine: NeuralTtsEngine;

  beforeAll(async () => {
    hub = await startFakeModelHub(generated.files);
    dir = await mkdtemp(join(tmpdir(), 'neural-'));
    manager = createModelManager({ modelsDir: dir, hubUrl: hub.url, catalogue: generated.catalogue, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } });
    espeak = new EspeakTtsEngine();
    engine = new NeuralTtsEngine(modelVoiceSource(manager), espeak);
  });
  afterAll(async () => {
    await engine.close();
    await espeak.close();
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  });

  function expectOrderedWithin(synthesis: Synthesis) {
    for (const list of [synthesis.words, synthesis.phonemes]) {
      list.forEach((item, index) => {
        expect(item.end).toBeGreaterThanOrEqual(item.start);
        expect(item.end).toBeLessThanOrEqual(synthesis.duration + 1e-6);
        if (index > 0) expect(item.start).toBeGreaterThanOrEqual(list[index - 1]!.start - 1e-6);
      });
    }
  }

  it('offers only installed voices, then speaks with a pulled Kokoro model, timed by its durations', async () => {
    expect(await engine.voices()).toEqual([]);
    await manager.pull('kokoro-tiny');
    expect(await engine.voices()).toEqual([
      { voice_id: 'kokoro-af_heart', name: 'Heart (Kokoro, en-us)', language: 'en-us', gender: 'female', engine: 'kokoro', quality: 'neural', installed: true },
      { voice_id: 'kokoro-bf_emma', name: 'Emma (Kokoro, en-gb)', language: 'en-gb', gender: 'female', engine: 'kokoro', quality: 'neural', installed: true },
    ]);
    const text = 'Hello world. This is a natural voice!';
    const synthesis = await engine.synthesize(text, 'kokoro-af_heart');
    expect(synthesis.sampleRate).toBe(24_000);
    expect(synthesis.words.map((word) => text.slice(word.charStart, word.charEnd))).toEqual(['Hello', 'world', 'This', 'is', 'a', 'natural', 'voice']);
    expect(synthesis.phonemes.length).toBeGreaterThan(15);
    expectOrderedWithin(synthesis);
    // The generated model speaks each token for exactly KOKORO_SAMPLES_PER_TOKEN samples, so its durations are
    // the truth: "world" starts after the pad and the tokens of "Hello" and the space.
    const hello = synthesis.words[0]!;
    expect(hello.start).toBeCloseTo(KOKORO_SAMPLES_PER_TOKEN / 24_000, 5);
    const second = synthesis.words.findIndex((word) => word.text === 'This');
    expect(synthesis.words[second]!.start).toBeGreaterThan(synthesis.words[second - 1]!.end);
  });

  it('speaks German with a Piper voice, timed by alignment to the eSpeak rendering', async () => {
    await manager.pull('piper-de_DE-tiny-medium');
    const text = 'Guten Tag. Wie geht es Ihnen heute?';
    const synthesis = await engine.synthesize(text, 'piper-de_DE-tiny-medium');
    expect(synthesis.sampleRate).toBe(22_050);
    expect(synthesis.words.map((word) => word.text)).toEqual(['Guten', 'Tag', 'Wie', 'geht', 'es', 'Ihnen', 'heute']);
    expect(synthesis.words[0]!.start).toBeLessThan(0.05);
    expect(synthesis.words.at(-1)!.end).toBeGreaterThan(synthesis.duration * 0.8);
    expectOrderedWithin(synthesis);
  });

  it('is paced, cancellable, and refuses an unknown voice', async () => {
    const normal = await engine.synthesize('A quick test of pace.', 'piper-de_DE-tiny-medium');
    expect(normal.samples.length).toBeGreaterThan(0);
    await expect(engine.synthesize('Hi.', 'kokoro-nobody')).rejects.toThrow(/Unknown voice "kokoro-nobody"/);
    const controller = new AbortController();
    controller.abort();
    await expect(engine.synthesize('Hi.', 'kokoro-af_heart', { signal: controller.signal })).rejects.toThrow(/cancel/i);
  });
});
