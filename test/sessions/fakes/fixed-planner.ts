import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../../../src/agent/index.js';
import { STORYBOARD_SCHEMA, type Storyboard } from '../../../src/storyboard/index.js';
import { Gate } from './gate.js';

/** A small valid storyboard: `scenes` scenes of one sentence each. */
export function fixedStoryboard(overrides: Partial<Storyboard> = {}, scenes = 2): Storyboard {
  return {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title: 'Bees',
    language: 'en',
    orientation: 'landscape',
    duration_target_sec: null,
    voice_id: 'v-en',
    avatar_id: null,
    style_id: 'clean',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: Array.from({ length: scenes }, (_, i) => ({
      id: `s${i + 1}`,
      layout: i === 0 ? 'title' : 'bullets',
      narration: `Scene ${i + 1} says something about bees.`,
      headline: `Scene ${i + 1}`,
      presenter: 'none',
      transition: 'cut',
      duration_sec: 3,
    })),
    ...overrides,
  } as Storyboard;
}

type PlanReply = PlanResult | Error;
type ReviseReply = ReviseResult | Error | ((request: ReviseRequest) => ReviseResult);

/**
 * A planner with answers fixed by the test: `plan` returns `planReply`; `revise` answers "approve" with an
 * approval, anything else with one scene fewer (or the reply set for that message). `hold()` makes the next
 * call wait until released, so a test can act while the agent is thinking.
 */
export class FixedPlanner implements Planner {
  readonly id = 'fixed';
  planReply: PlanReply = { kind: 'storyboard', storyboard: fixedStoryboard({}, 3), message: 'Here is a plan.' };
  readonly reviseReplies = new Map<string, ReviseReply>();
  readonly planRequests: PlanRequest[] = [];
  readonly reviseRequests: ReviseRequest[] = [];
  private readonly gate = new Gate();

  /** Holds the next planner calls until the returned function is called. */
  hold(): () => void {
    return this.gate.hold();
  }

  async plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
    this.planRequests.push(request);
    await this.gate.pass(context.signal);
    if (this.planReply instanceof Error) throw this.planReply;
    return structuredClone(this.planReply);
  }

  async revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
    this.reviseRequests.push(request);
    await this.gate.pass(context.signal);
    const reply = this.reviseReplies.get(request.message);
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(request);
    if (reply) return structuredClone(reply);
    if (/approve|looks good/i.test(request.message)) return { kind: 'approved', storyboard: null, message: 'Great.' };
    const scenes = request.storyboard.scenes.length > 1 ? request.storyboard.scenes.slice(0, -1) : request.storyboard.scenes;
    return { kind: 'revised', storyboard: { ...request.storyboard, scenes }, message: `Applied "${request.message}".` };
  }
}
