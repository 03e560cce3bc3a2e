import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLlmPlanner, type LlmPlannerTuning } from '../../../src/agent/llm/index.js';
import type { Planner } from '../../../src/agent/index.js';
import { startFakeLlm, type FakeLlm, type FakeReply, type Protocol } from './fake-llm-server.js';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function readDir<T>(dir: string): T[] {
  return readdirSync(root + dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${root}${dir}/${f}`, 'utf8')) as T);
}

export interface PromptFixture {
  name: string;
  prompt: string;
  duration_sec?: number;
  skip_agentic_stop?: boolean;
  orientation?: 'landscape' | 'portrait';
  expect: { question?: boolean; builtinQuestion?: boolean; language?: string; minScenes?: number; maxScenes?: number; durationTarget?: number; voiceLanguage?: string };
}
export interface FeedbackFixture {
  name: string;
  message: string;
  expect: {
    kind: 'revised' | 'approved' | 'unclear';
    ops: Record<string, unknown>[];
    voiceId?: string;
    captions?: boolean;
    title?: string;
    durationNear?: number;
    shorter?: boolean;
    approvedStoryboard?: boolean;
  };
}

export const promptFixtures = readDir<PromptFixture>('prompts');
export const feedbackFixtures = readDir<FeedbackFixture>('feedback');
/** Model answers recorded for some prompt and feedback fixtures (the same answer serves both protocols). */
export const llmPlanAnswers = readDir<{ prompt_fixture: string; output: unknown }>('llm/plan');
export const llmReviseAnswers = readDir<{ feedback_fixture: string; output: unknown }>('llm/revise');

/** Finds the recorded answer whose prompt or feedback message is in the request. */
export function answerFromFixtures(body: Record<string, unknown>): FakeReply {
  const text = JSON.stringify(body.messages);
  const unescaped = JSON.parse(JSON.stringify(text)) as string;
  for (const answer of llmPlanAnswers) {
    const fixture = promptFixtures.find((f) => f.name === answer.prompt_fixture)!;
    if (unescaped.includes(JSON.stringify(`Request:\n${fixture.prompt}\n`).slice(1, -3)) || unescaped.includes(JSON.stringify(`Request:\n${fixture.prompt}`).slice(1, -1) + '\\n')) {
      return { output: answer.output };
    }
  }
  for (const answer of llmReviseAnswers) {
    const fixture = feedbackFixtures.find((f) => f.name === answer.feedback_fixture)!;
    if (unescaped.includes(JSON.stringify(`User feedback:\n${fixture.message}`).slice(1, -1))) return { output: answer.output };
  }
  return { status: 400, headers: {} };
}

export interface FakePlanner {
  planner: Planner;
  server: FakeLlm;
}

export async function fakePlanner(protocol: Protocol, script: Parameters<typeof startFakeLlm>[1], tuning: LlmPlannerTuning = {}, images = true): Promise<FakePlanner> {
  const server = await startFakeLlm(protocol, script);
  const planner = createLlmPlanner(
    {
      provider: protocol === 'openai' ? 'openai-compatible' : 'anthropic',
      baseUrl: server.url,
      apiKey: 'test-key',
      model: 'fake-model',
      timeoutSec: 10,
      maxAttempts: 3,
      images,
      structuredOutputs: true,
    },
    { baseDelayMs: 5, ...tuning },
  );
  return { planner, server };
}

interface ScriptStep extends FakeReply {
  /** "plan/<name>" or "revise/<name>": a recorded answer from test/fixtures/llm. */
  answer?: string;
}

/** A scripted scenario from test/fixtures/llm/scripts (malformed output, 429s, 500s, timeouts…). */
export function script(name: string): FakeReply[] {
  const raw = JSON.parse(readFileSync(`${root}llm/scripts/${name}.json`, 'utf8')) as { steps: ScriptStep[] };
  return raw.steps.map(({ answer, ...step }) => {
    if (!answer) return step;
    const [kind, fixture] = answer.split('/') as ['plan' | 'revise', string];
    const recorded = JSON.parse(readFileSync(`${root}llm/${kind}/${fixture}.json`, 'utf8')) as { output: unknown };
    return { ...step, output: recorded.output };
  });
}
