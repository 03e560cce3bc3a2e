import { afterAll, beforeAll } from 'vitest';
import type { PlannerContext } from '../../../src/agent/index.js';
import { EspeakTtsEngine } from '../../../src/media/tts/index.js';

/**
 * A planner context that measures narration with the real eSpeak engine, opened before the suite's tests and
 * closed after them. Call inside a `describe`; read `context` and `engine` inside its tests.
 */
export function useEspeakPlannerContext(): { readonly context: PlannerContext; readonly engine: EspeakTtsEngine } {
  let engine: EspeakTtsEngine;
  let context: PlannerContext;
  beforeAll(async () => {
    engine = new EspeakTtsEngine();
    context = {
      signal: new AbortController().signal,
      onProgress: () => {},
      measure: async (text, voiceId, pace) => (await engine.synthesize(text, voiceId, { pace })).duration,
      voices: await engine.voices(),
      styleIds: ['clean'],
      avatarIds: [],
    };
  });
  afterAll(async () => {
    await engine?.close();
  });
  return {
    get context() {
      return context;
    },
    get engine() {
      return engine;
    },
  };
}
