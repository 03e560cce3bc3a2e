/**
 * TTS benchmark: per engine, the real-time factor (seconds of speech per second of wall clock, higher is
 * faster) and the peak RSS of this process while it speaks a fixed ~60 s English text sentence by sentence,
 * the model loaded once. Engines: eSpeak-NG (bundled), and each neural model installed in MODELS_DIR (real
 * weights, when pulled); without any, the generated Kokoro- and Piper-shaped test models (the pipeline's own
 * cost: eSpeak phonemes, ONNX Runtime, timings; NOT a real model's speed).
 * The accuracy of word timings by alignment (Piper exports have no durations) is `npm run bench:alignment`'s:
 * the generated models hum a tone per phoneme, nothing an aligner of speech can be judged on.
 *
 *   npm run bench:tts
 *
 * The last line printed is one JSON object.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { EspeakTtsEngine, NeuralTtsEngine, onnxRuntimeAvailable, type TtsEngine } from '../src/media/tts/index.js';
import { createModelManager, modelVoiceSource, type ModelManager } from '../src/models/index.js';
import { startFakeModelHub } from '../test/support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../test/support/generated-voice-catalogue.js';

const TEXT = [
  'Honey bees are remarkable insects that live in organised colonies of tens of thousands.',
  'Each colony has a single queen, a few hundred drones, and a great many worker bees.',
  'Workers gather nectar and pollen from flowers, sometimes flying several kilometres in a day.',
  'Back at the hive, they turn nectar into honey by adding enzymes and fanning away the water.',
  'Bees also pollinate a large share of the crops we eat, from apples to almonds.',
  'Without them, our diets would be far less varied, and many wild plants would struggle.',
  'Beekeepers help colonies survive winter, disease, and the loss of wild meadows.',
  'You can help too, by planting flowers that bloom from early spring to late autumn.',
  'Even a small window box of herbs can feed a passing bee on a warm afternoon.',
  'So next time you spread honey on your toast, think of the many journeys behind it.',
].join(' ');

async function measure(engine: TtsEngine, voiceId: string): Promise<{ rtf: number; audio_s: number; wall_s: number; first_run_s: number; peak_rss_mb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  // The first run loads the model (once per process); the measured run is the second.
  const firstStart = performance.now();
  await engine.synthesize('Loading the model.', voiceId);
  const firstRun = (performance.now() - firstStart) / 1000;
  const start = performance.now();
  const synthesis = await engine.synthesize(TEXT, voiceId);
  const wall = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { rtf: Number((synthesis.duration / wall).toFixed(1)), audio_s: Number(synthesis.duration.toFixed(1)), wall_s: Number(wall.toFixed(2)), first_run_s: Number(firstRun.toFixed(2)), peak_rss_mb: Math.round(peak / 1024 / 1024) };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  const espeak = new EspeakTtsEngine();
  results['espeak-ng'] = await measure(espeak, 'espeak-en-us-female');
  console.log('espeak-ng', results['espeak-ng']);
  if (!onnxRuntimeAvailable()) {
    console.log('onnxruntime-node is not installed: neural engines skipped');
  } else {
    const config = loadConfig();
    const installed = createModelManager({ modelsDir: config.modelsDir, hubUrl: config.hfEndpoint, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } });
    const realVoices = await modelVoiceSource(installed).installedVoices();
    const real = new NeuralTtsEngine(modelVoiceSource(installed), espeak);
    for (const modelId of new Set(realVoices.map((voice) => voice.modelId))) {
      const voice = realVoices.find((candidate) => candidate.modelId === modelId && candidate.voice.language.startsWith('en')) ?? realVoices.find((candidate) => candidate.modelId === modelId)!;
      results[`${modelId} (real weights)`] = await measure(real, voice.voice.voice_id);
      console.log(modelId, results[`${modelId} (real weights)`]);
    }
    await real.close();
    const generated = generatedVoiceCatalogue();
    const hub = await startFakeModelHub(generated.files);
    const dir = await mkdtemp(join(tmpdir(), 'tts-bench-'));
    try {
      const manager: ModelManager = createModelManager({ modelsDir: dir, hubUrl: hub.url, catalogue: generated.catalogue, outbound: { allowPrivateUrls: false, outboundAllowlist: [] } });
      for (const model of generated.catalogue) await manager.pull(model.id);
      const engine = new NeuralTtsEngine(modelVoiceSource(manager), espeak);
      results['kokoro-shaped (generated)'] = await measure(engine, 'kokoro-af_heart');
      console.log('kokoro-shaped (generated)', results['kokoro-shaped (generated)']);
      results['piper-shaped (generated)'] = await measure(engine, 'piper-de_DE-tiny-medium');
      console.log('piper-shaped (generated)', results['piper-shaped (generated)']);
      await engine.close();
    } finally {
      await hub.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  await espeak.close();
  console.log(JSON.stringify(results));
}

await main();
