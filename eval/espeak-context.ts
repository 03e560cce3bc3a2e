import type { PlannerContext } from '../src/agent/index.js';
import { EspeakTtsEngine } from '../src/media/tts/index.js';

/** A planner context measuring with the real eSpeak voices, for the evaluations. Close the engine when done. */
export async function espeakContext(): Promise<{ engine: EspeakTtsEngine; context: PlannerContext }> {
  const engine = new EspeakTtsEngine();
  const context: PlannerContext = {
    signal: new AbortController().signal,
    onProgress: () => {},
    measure: async (text, voiceId, pace) => (await engine.synthesize(text, voiceId, { pace })).duration,
    voices: await engine.voices(),
    styleIds: ['clean'],
    avatarIds: [],
  };
  return { engine, context };
}
