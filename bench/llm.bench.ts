/**
 * Local language model benchmark: with whatever model is installed (or --model file.gguf), the time to load it,
 * the generation speed in tokens per second, and the time to a storyboard for a 60-second video (outline, then
 * scene by scene under the JSON-schema grammars, narration measured with the real eSpeak). Goal with the default
 * model (qwen2.5-1.5b-instruct): under 60 s on 2 cores.
 *
 *   npm run bench:llm
 *   npm run bench:llm -- --model ./some.gguf --threads 2
 *   npm run bench:llm -- --tiny    (the generated test model of test/support/tiny-llama-gguf.ts: 1 thread, a
 *                                  token per byte; a check of the plumbing, not of a model)
 *
 * The last line printed is one JSON object.
 */
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseLocalModel, folderModelSource, importLlama, loadLocalLlm, LocalLlmPlanner, LOCAL_MODEL_PULL_COMMAND, LOCAL_TOKEN_BUDGETS, type LocalLlm } from '../src/agent/index.js';
import { loadConfig } from '../src/config/index.js';
import { EspeakTtsEngine } from '../src/media/tts/index.js';
import { writeTinyLlamaGguf } from '../test/support/tiny-llama-gguf.js';

const option = (name: string): string | null => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
};

const PROMPT = 'A 60-second explainer for first-time buyers: compare renting and buying a home — upfront costs, monthly costs, flexibility, and what you own after ten years.';

async function main(): Promise<void> {
  const config = loadConfig();
  const tiny = process.argv.includes('--tiny');
  const modelPath = tiny ? await writeTinyLlamaGguf(join(await mkdtemp(join(tmpdir(), 'ova-bench-gguf-')), 'tiny.gguf')) : option('model');
  const chosen = await chooseLocalModel(folderModelSource(config.planners.local.modelsDir), modelPath ?? config.planners.local.model);
  if (!chosen) {
    console.log(`no model installed: run ${LOCAL_MODEL_PULL_COMMAND} (looked in ${config.planners.local.modelsDir})`);
    return;
  }
  if (!(await importLlama())) {
    console.log('node-llama-cpp is not installed: npm install --include=optional');
    return;
  }
  const threads = Number(option('threads') ?? (tiny ? 1 : null) ?? config.planners.local.threads ?? availableParallelism());
  let started = Date.now();
  const model = await loadLocalLlm(chosen.path, { threads, contextSize: config.planners.local.contextSize, temperature: 0.3 });
  const loadMs = Date.now() - started;
  // Counts generated tokens and the time spent generating them, call by call.
  let tokens = 0;
  let generationMs = 0;
  const counted: LocalLlm = {
    path: model.path,
    close: () => model.close(),
    session: (work) =>
      model.session((ask) =>
        work(async (call) => {
          const t = Date.now();
          const answer = await ask(call);
          generationMs += Date.now() - t;
          tokens += answer.tokens;
          return answer;
        }),
      ),
  };
  const planner = new LocalLlmPlanner({
    modelId: chosen.id,
    load: async () => counted,
    timeoutMs: 30 * 60_000,
    // --token-scale: a byte-level test model (test/support/tiny-llama-gguf.ts) spends a token per byte.
    maxTokens: Object.fromEntries(Object.entries(LOCAL_TOKEN_BUDGETS).map(([key, value]) => [key, value * Number(option('token-scale') ?? (tiny ? 4 : 1))])) as { outline: number; scene: number; revise: number },
    ...(chosen.entry?.systemSuffix ? { systemSuffix: chosen.entry.systemSuffix } : {}),
  });
  const engine = new EspeakTtsEngine();
  const stages: string[] = [];
  started = Date.now();
  const result = await planner.plan(
    { prompt: PROMPT, attachments: [], orientation: null, duration_sec: 60, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
    {
      signal: new AbortController().signal,
      onProgress: (_fraction, stage) => {
        if (stage && stage !== stages.at(-1)) {
          stages.push(stage);
          console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s  ${stage}`);
        }
      },
      measure: async (text, voiceId, pace) => (await engine.synthesize(text, voiceId, { pace })).duration,
      voices: await engine.voices(),
      styleIds: ['clean'],
      avatarIds: [],
    },
  );
  const storyboardMs = Date.now() - started;
  await engine.close();
  await model.close();
  if (result.kind === 'storyboard') {
    console.log(`\n${result.storyboard.title}`);
    for (const scene of result.storyboard.scenes) console.log(`  [${scene.layout}] ${scene.narration}`);
  }
  const seconds = result.kind === 'storyboard' ? result.storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0) : 0;
  console.log(
    JSON.stringify({
      model: chosen.id,
      threads,
      load_s: +(loadMs / 1000).toFixed(2),
      tokens,
      tokens_per_s: +(tokens / (generationMs / 1000)).toFixed(1),
      storyboard_s: +(storyboardMs / 1000).toFixed(1),
      video_s: +seconds.toFixed(1),
      scenes: result.kind === 'storyboard' ? result.storyboard.scenes.length : 0,
    }),
  );
}

await main();
