import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltinPlanner, type Planner } from '../../src/agent/index.js';
import { storyboardDuration, validateStoryboard, type Storyboard } from '../../src/storyboard/index.js';
import { baseStoryboard, testContext, testVoices } from './test-context.js';
import { answerFromFixtures, fakePlanner, feedbackFixtures, llmPlanAnswers, llmReviseAnswers, promptFixtures, type FakePlanner } from './llm/llm-fixtures.js';

/*
 * One suite for the Planner interface, run against every planner: the built-in one and the LLM ones
 * through fake OpenAI-compatible and Anthropic servers answering from recorded fixtures. The same
 * prompts must give valid storyboards and the same feedback the intended edits.
 */

const planPrompts = llmPlanAnswers.map((a) => promptFixtures.find((f) => f.name === a.prompt_fixture)!);
const feedback = llmReviseAnswers.map((a) => feedbackFixtures.find((f) => f.name === a.feedback_fixture)!);

/** Checks that each intended edit shows in the result. */
function checkIntended(ops: Record<string, unknown>[], before: Storyboard, after: Storyboard, history: Storyboard[]): void {
  const position = (sb: Storyboard, id: unknown) => sb.scenes.findIndex((s) => s.id === id);
  for (const op of ops) {
    switch (op.op) {
      case 'remove_scene':
        expect(position(after, op.scene_id)).toBe(-1);
        break;
      case 'swap_scenes':
        expect(position(after, op.scene_id)).toBe(position(before, op.other_scene_id));
        expect(position(after, op.other_scene_id)).toBe(position(before, op.scene_id));
        break;
      case 'set_headline':
        expect(after.scenes[position(after, op.scene_id)]!.headline).toBe(op.headline);
        break;
      case 'set_captions':
        expect(after.captions.enabled).toBe(op.enabled);
        break;
      case 'set_voice': {
        const voice = testVoices.find((v) => v.voice_id === after.voice_id)!;
        if (op.gender) expect(voice.gender).toBe(op.gender);
        if (op.accent === 'british') expect(voice.language).toBe('en-gb');
        break;
      }
      case 'add_scene':
        expect(after.scenes.length).toBe(before.scenes.length + 1);
        expect(before.scenes.some((s) => s.id === after.scenes[(op.position as number) - 1]!.id)).toBe(false);
        break;
      case 'revert_to_version':
        expect(after.title).toBe(history.find((v) => v.version === op.version)!.title);
        break;
      case 'set_duration_target':
        if (typeof op.seconds === 'number') expect(Math.abs(storyboardDuration(after) - op.seconds)).toBeLessThanOrEqual(op.seconds * 0.1);
        break;
    }
  }
}

const planners: { name: string; make: () => Promise<{ planner: Planner; close: () => Promise<void> }> }[] = [
  { name: 'builtin', make: async () => ({ planner: new BuiltinPlanner(), close: async () => {} }) },
  ...(['openai', 'anthropic'] as const).map((protocol) => ({
    name: `llm (${protocol} protocol)`,
    make: async () => {
      const fake: FakePlanner = await fakePlanner(protocol, (body) => answerFromFixtures(body));
      return { planner: fake.planner, close: () => fake.server.close() };
    },
  })),
];

for (const { name, make } of planners) {
  describe(`Planner conformance: ${name}`, () => {
    let planner: Planner;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ planner, close } = await make());
    });
    afterAll(() => close());

    it('has fixtures to run', () => {
      expect(planPrompts.length).toBeGreaterThanOrEqual(5);
      expect(feedback.length).toBeGreaterThanOrEqual(10);
    });

    for (const fixture of planPrompts) {
      it(`plans “${fixture.prompt.slice(0, 60)}”`, async () => {
        const context = testContext();
        const result = await planner.plan(
          {
            prompt: fixture.prompt,
            attachments: [],
            orientation: fixture.orientation ?? null,
            duration_sec: fixture.duration_sec ?? null,
            voice_id: null,
            avatar_id: null,
            style_id: null,
            skip_agentic_stop: fixture.skip_agentic_stop ?? false,
          },
          context,
        );
        const e = fixture.expect;
        // A bare topic: the built-in rules have nothing to say about it and ask back; a model writes the script.
        if (e.question || (e.builtinQuestion && name === 'builtin')) {
          expect(result.kind).toBe('question');
          expect(result.message).toMatch(/\?/);
          return;
        }
        expect(result.kind).toBe('storyboard');
        if (result.kind !== 'storyboard') return;
        const sb = validateStoryboard(result.storyboard);
        expect(sb.version).toBe(1);
        expect(sb.scenes[0]!.layout).toBe('title');
        expect(sb.scenes.slice(0, -1).every((s) => s.layout !== 'cta')).toBe(true);
        if (e.language) expect(sb.language.slice(0, 2)).toBe(e.language);
        if (e.voiceLanguage) expect(testVoices.find((v) => v.voice_id === sb.voice_id)!.language.slice(0, 2)).toBe(e.voiceLanguage);
        if (e.minScenes) expect(sb.scenes.length).toBeGreaterThanOrEqual(e.minScenes);
        if (e.maxScenes) expect(sb.scenes.length).toBeLessThanOrEqual(e.maxScenes);
        // Reached when the material allows; a shorter video from the built-in rules says so instead of padding.
        if (e.durationTarget) {
          expect(storyboardDuration(sb)).toBeLessThanOrEqual(e.durationTarget * 1.1);
          if (storyboardDuration(sb) < e.durationTarget * 0.9) expect(result.message).toMatch(/rather than/);
        }
        expect(sb.scenes.map((s) => s.id)).toEqual(sb.scenes.map((_, i) => `s${i + 1}`));
        expect(result.message).toMatch(/about \d+ s/);
      });
    }

    for (const fixture of feedback) {
      it(`revises on “${fixture.message}”`, async () => {
        const { current, history } = baseStoryboard();
        const context = testContext();
        const result = await planner.revise({ storyboard: current, history, message: fixture.message, attachments: [], overrides: {} }, context);
        const e = fixture.expect;
        expect(result.kind).toBe(e.kind);
        if (result.kind === 'unclear') return;
        if (result.kind === 'approved' && !e.approvedStoryboard) {
          expect(result.storyboard).toBeNull();
          return;
        }
        const sb = validateStoryboard(result.storyboard!);
        expect(sb.version).toBe(current.version + 1);
        expect(result.message).toMatch(new RegExp(`about ${Math.round(storyboardDuration(sb))} s`));
        if (e.voiceId) expect(sb.voice_id).toBe(e.voiceId);
        if (e.captions !== undefined) expect(sb.captions.enabled).toBe(e.captions);
        if (e.title) expect(sb.title).toBe(e.title);
        if (e.durationNear) expect(Math.abs(storyboardDuration(sb) - e.durationNear)).toBeLessThanOrEqual(e.durationNear * 0.1);
        if (e.shorter) expect(storyboardDuration(sb)).toBeLessThan(storyboardDuration(current) * 0.9);
        checkIntended(e.ops, current, sb, history);
      });
    }
  });
}
