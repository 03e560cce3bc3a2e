import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlanRequest } from '../../../src/agent/index.js';
import { listAvatarLooks } from '../../../src/media/presenter/index.js';
import type { Storyboard } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';

const planner = new BuiltinPlanner();
const lookOf = (id: string | null) => listAvatarLooks().find((look) => look.id === id);
const genderOf = (id: string | null) => lookOf(id)?.gender;
const nameOf = (id: string | null) => lookOf(id)?.name.replace(/\s*\(.*\)$/, '');
const context = () => testContext({ avatarIds: listAvatarLooks().map((look) => look.id) });
const request = (prompt: string): PlanRequest => ({ prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true });

async function plan(prompt: string): Promise<Storyboard> {
  const result = await planner.plan(request(prompt), context());
  if (result.kind !== 'storyboard') throw new Error(result.message);
  return result.storyboard;
}

async function revise(storyboard: Storyboard, message: string): Promise<{ storyboard: Storyboard; message: string }> {
  const result = await planner.revise({ storyboard, history: [], message, attachments: [], overrides: {} }, context());
  if (result.kind !== 'revised') throw new Error(`${result.kind}: ${result.message}`);
  return result;
}

const BEES = 'Make a video about why bees matter: bees pollinate about a third of the food crops we eat, and a single hive can hold 50,000 bees.';

describe('the presenter a video gets', () => {
  it('is a built-in look of the narrating voice’s gender when nobody names one', async () => {
    const sb = await plan(BEES);
    expect(sb.voice_id).toBe('espeak-en-us-female');
    expect(genderOf(sb.avatar_id)).toBe('female');
    // The same prompt, the same person.
    expect((await plan(BEES)).avatar_id).toBe(sb.avatar_id);
  });

  it('is none when the prompt says so, and that sentence is not narrated', async () => {
    const sb = await plan(`${BEES} No presenter, please.`);
    expect(sb.avatar_id).toBeNull();
    expect(sb.scenes.map((s) => s.narration).join(' ')).not.toMatch(/presenter/i);
    expect((await plan('Erstelle ein Video über Bienen ohne Moderator: Bienen bestäuben ein Drittel unserer Nutzpflanzen.')).avatar_id).toBeNull();
  });

  it('is of the gender the prompt asks for, and so is the voice; the phrase is not part of the title', async () => {
    const sb = await plan('Make a 30 second video about why bees matter, with a male presenter.');
    expect(genderOf(sb.avatar_id)).toBe('male');
    expect(sb.voice_id).toBe('espeak-en-us-male');
    expect(sb.title).toBe('Why Bees Matter');
  });
});

describe('changing the presenter by chat', () => {
  it('removes it, adds one back, and names it', async () => {
    const removed = await revise(await plan(BEES), 'remove the presenter');
    expect(removed.storyboard.avatar_id).toBeNull();
    expect(removed.message).toMatch(/^Removed the presenter/);
    const added = await revise(removed.storyboard, 'add a presenter');
    expect(genderOf(added.storyboard.avatar_id)).toBe('female');
    expect(added.message).toMatch(new RegExp(`^Added a presenter, ${nameOf(added.storyboard.avatar_id)};`));
  });

  it('brings a voice of the presenter’s gender, and a presenter of the voice’s gender', async () => {
    const male = await revise(await plan(BEES), 'use a male presenter');
    expect(male.storyboard.voice_id).toBe('espeak-en-us-male');
    expect(genderOf(male.storyboard.avatar_id)).toBe('male');
    const female = await revise(male.storyboard, 'use a female voice');
    expect(female.storyboard.voice_id).toBe('espeak-en-us-female');
    expect(genderOf(female.storyboard.avatar_id)).toBe('female');
    expect(female.message).toMatch(new RegExp(`switched the presenter to ${nameOf(female.storyboard.avatar_id)};`));
  });

  it('gives a different person of the same gender for “a different presenter”', async () => {
    const first = await plan(BEES);
    const other = await revise(first, 'a different presenter');
    expect(other.storyboard.avatar_id).not.toBe(first.avatar_id);
    expect(listAvatarLooks().find((look) => look.id === other.storyboard.avatar_id)?.gender).toBe('female');
  });

  it('reads “ohne Moderator” and “sin presentador” as removing it', async () => {
    expect((await revise(await plan(BEES), 'ohne Moderator')).storyboard.avatar_id).toBeNull();
    expect((await revise(await plan(BEES), 'sin presentador, por favor')).storyboard.avatar_id).toBeNull();
  });

  it('says so when there is nothing to remove', async () => {
    const none = (await revise(await plan(BEES), 'remove the presenter')).storyboard;
    const again = await planner.revise({ storyboard: none, history: [], message: 'no presenter', attachments: [], overrides: {} }, context());
    expect(again.message).toMatch(/no presenter/);
    expect(again.kind === 'revised' ? again.storyboard.avatar_id : null).toBeNull();
  });
});
