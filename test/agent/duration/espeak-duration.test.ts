import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlannerContext } from '../../../src/agent/index.js';
import * as tts from '../../../src/media/tts/index.js';
import { SCENE_PADDING_SEC, storyboardDuration } from '../../../src/storyboard/index.js';

const article = (JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/prompts/long-article-beekeeping.json', import.meta.url)), 'utf8')) as { prompt: string }).prompt;
const Engine = (tts as Record<string, unknown>).EspeakTtsEngine as (new () => tts.TtsEngine) | undefined;
if (!Engine) process.stderr.write('Skipping the real-TTS duration test: EspeakTtsEngine is not exported from src/media/tts yet.\n');

describe.skipIf(!Engine)('duration targets with the real eSpeak engine', () => {
  let engine: tts.TtsEngine;
  let context: PlannerContext;
  let calls = 0;
  beforeAll(async () => {
    engine = new Engine!();
    const voices = await engine.voices();
    context = {
      signal: new AbortController().signal,
      onProgress: () => {},
      measure: async (text, voiceId, pace) => {
        calls++;
        return (await engine.synthesize(text, voiceId, { pace })).duration;
      },
      voices,
      styleIds: ['clean'],
      avatarIds: [],
    };
  });
  afterAll(async () => {
    await engine?.close();
  });

  for (const target of [30, 60]) {
    it(`plans the article to ${target} s ±10 %, as the renderer will measure it`, async () => {
      calls = 0;
      const started = performance.now();
      const result = await new BuiltinPlanner().plan(
        { prompt: article, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
        context,
      );
      if (result.kind !== 'storyboard') throw new Error(result.message);
      const sb = result.storyboard;
      expect(sb.voice_id).toBe('espeak-en-us-female');
      expect(Math.abs(storyboardDuration(sb) - target)).toBeLessThanOrEqual(target * 0.1);
      // Speak every scene again, as the renderer does: narration + 0.25 s lead + 0.45 s tail.
      let rendered = 0;
      for (const scene of sb.scenes) rendered += (await engine.synthesize(scene.narration, sb.voice_id, { pace: sb.pace })).duration + SCENE_PADDING_SEC;
      expect(Math.abs(rendered - target), `rendered ${rendered.toFixed(1)} s`).toBeLessThanOrEqual(target * 0.1);
      process.stderr.write(`eSpeak plan ${target} s: ${rendered.toFixed(1)} s, ${sb.scenes.length} scenes, pace ${sb.pace}, ${calls} measure calls, ${Math.round(performance.now() - started)} ms\n`);
    });
  }
});
