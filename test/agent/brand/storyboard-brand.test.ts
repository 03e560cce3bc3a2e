import { afterEach, describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlanBrand, type PlanRequest } from '../../../src/agent/index.js';
import { validateStoryboard, type Storyboard } from '../../../src/storyboard/index.js';
import { baseStoryboard, testContext } from '../test-context.js';
import { fakePlanner, script, type FakePlanner } from '../llm/llm-fixtures.js';

const kit: PlanBrand = { colors: { primary: '#E11D48', secondary: null, background: '#FFF7ED', text: null }, font: 'Inter', logo_asset_id: 'asset_logo1' };

function request(brand: PlanBrand | null): PlanRequest {
  return {
    prompt: 'Announce that Acme Notes now supports dark mode, offline sync and a 30% faster startup.',
    attachments: [],
    orientation: null,
    duration_sec: null,
    voice_id: null,
    avatar_id: null,
    style_id: null,
    brand_kit: brand,
    skip_agentic_stop: true,
  };
}

let open: FakePlanner[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.server.close()));
  open = [];
});

describe('the storyboard carries the session’s brand kit', () => {
  it('the built-in planner copies the kit’s colours, font and logo, leaving unset colours out', async () => {
    const result = await new BuiltinPlanner().plan(request(kit), testContext());
    if (result.kind !== 'storyboard') throw new Error(result.message);
    expect(result.storyboard.brand).toEqual({ colors: { primary: '#e11d48', background: '#fff7ed' }, font: 'Inter', logo_asset_id: 'asset_logo1' });
    expect(validateStoryboard(result.storyboard).brand?.logo_asset_id).toBe('asset_logo1');
  });

  it('without a brand kit the storyboard has no brand field at all', async () => {
    const result = await new BuiltinPlanner().plan(request(null), testContext());
    if (result.kind !== 'storyboard') throw new Error(result.message);
    expect('brand' in result.storyboard).toBe(false);
  });

  it('keeps the brand through a revision', async () => {
    const planned = await new BuiltinPlanner().plan(request(kit), testContext());
    if (planned.kind !== 'storyboard') throw new Error(planned.message);
    const revised = await new BuiltinPlanner().revise({ storyboard: planned.storyboard, history: [], message: 'Use a British male voice', attachments: [], overrides: {} }, testContext());
    if (revised.kind !== 'revised') throw new Error(revised.message);
    expect(revised.storyboard.brand).toEqual(planned.storyboard.brand);
  });

  for (const protocol of ['openai', 'anthropic'] as const) {
    it(`the LLM planner (${protocol}) copies the kit too`, async () => {
      const fake = await fakePlanner(protocol, script('wrong-shape-then-valid'));
      open.push(fake);
      const result = await fake.planner.plan(request(kit), testContext());
      if (result.kind !== 'storyboard') throw new Error(result.message);
      expect(result.storyboard.brand?.colors.primary).toBe('#e11d48');
      expect(result.storyboard.brand?.font).toBe('Inter');
    });
  }
});

describe('the storyboard schema with a brand', () => {
  const old = (): Storyboard => structuredClone(baseStoryboard().current);

  it('still accepts storyboards written before brands existed', () => {
    expect(() => validateStoryboard(old())).not.toThrow();
  });

  it('accepts a brand with only a primary colour and no logo', () => {
    expect(validateStoryboard({ ...old(), brand: { colors: { primary: '#112233' }, font: 'Inter', logo_asset_id: null } }).brand?.colors.primary).toBe('#112233');
  });

  it('refuses a colour that is not #rrggbb, naming the field', () => {
    expect(() => validateStoryboard({ ...old(), brand: { colors: { primary: 'red' }, font: 'Inter', logo_asset_id: null } })).toThrow(/\/brand\/colors\/primary/);
  });

  it('refuses a brand without a font', () => {
    expect(() => validateStoryboard({ ...old(), brand: { colors: { primary: '#112233' }, logo_asset_id: null } })).toThrow(/\/brand/);
  });
});
