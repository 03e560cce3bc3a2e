import { describe, expect, it } from 'vitest';
import { applyEdits, SceneMeasurer, type EditOperation } from '../../../src/agent/index.js';
import { sceneSeconds, storyboardDuration } from '../../../src/storyboard/index.js';
import { baseStoryboard, testVoices, wordMeasure } from '../test-context.js';

function env(history = baseStoryboard().history) {
  let calls = 0;
  const measure = async (t: string, v: string, p: number) => {
    calls++;
    return wordMeasure(t, v, p);
  };
  return { env: { voices: testVoices, history, measurer: new SceneMeasurer(measure, new AbortController().signal) }, calls: () => calls };
}

describe('applyEdits', () => {
  it('applies every kind of operation and validates the result as the next version', async () => {
    const { current } = baseStoryboard();
    const ops: EditOperation[] = [
      { op: 'set_title', title: 'New title' },
      { op: 'set_narration', scene_id: 's2', narration: 'Cheaper than ever.' },
      { op: 'swap_scenes', scene_id: 's2', other_scene_id: 's3' },
      { op: 'move_scene', scene_id: 's5', to: 2 },
      { op: 'remove_scene', scene_id: 's4' },
      { op: 'add_scene', position: null, layout: 'presenter', narration: 'Your data stays yours.', headline: 'Privacy' },
      { op: 'set_layout', scene_id: 's2', layout: 'stat' },
      { op: 'set_headline', scene_id: 's6', headline: 'Get it now' },
      { op: 'set_bullets', scene_id: 's3', bullets: ['Dark', 'Sync'] },
      { op: 'set_voice', gender: 'male' },
      { op: 'set_orientation', orientation: 'portrait' },
      { op: 'set_captions', enabled: false },
      { op: 'set_pace', pace: 1.1 },
    ];
    const outcome = await applyEdits(current, ops, env().env);
    const sb = outcome.storyboard;
    expect(outcome.problems).toEqual(['scene 4 has no number to show as a statistic']);
    expect(outcome.applied).toHaveLength(ops.length - 1);
    expect(sb.version).toBe(3);
    expect(sb.title).toBe('New title');
    expect(sb.scenes[0]!.headline).toBe('New title');
    expect(sb.scenes.map((s) => s.id)).toEqual(['s1', 's5', 's3', 's2', 's7', 's6']);
    expect(sb.scenes.find((s) => s.id === 's2')!.narration).toBe('Cheaper than ever.');
    expect(sb.scenes.find((s) => s.id === 's6')!.headline).toBe('Get it now');
    expect(sb.scenes.find((s) => s.id === 's3')!.bullets).toEqual(['Dark', 'Sync']);
    expect(sb.voice_id).toBe('espeak-en-us-male');
    expect(sb.orientation).toBe('portrait');
    expect(sb.captions.enabled).toBe(false);
    expect(sb.pace).toBe(1.1);
    for (const scene of sb.scenes) expect(scene.duration_sec).toBeCloseTo(sceneSeconds(await wordMeasure(scene.narration, sb.voice_id, sb.pace)), 3);
  });

  it('re-measures only scenes whose narration changed when voice and pace stay', async () => {
    const { current } = baseStoryboard();
    const e = env();
    await applyEdits(current, [{ op: 'set_narration', scene_id: 's2', narration: 'Short now.' }, { op: 'remove_scene', scene_id: 's3' }], e.env);
    expect(e.calls()).toBe(1);
  });

  it('reverts to an earlier version as a new version, and reports unknown versions', async () => {
    const { current, history } = baseStoryboard();
    const back = await applyEdits(current, [{ op: 'revert_to_version', version: 1 }], env(history).env);
    expect(back.revertedTo).toBe(1);
    expect(back.storyboard.version).toBe(3);
    expect(back.storyboard.title).toBe('Acme Notes');
    const missing = await applyEdits(current, [{ op: 'revert_to_version', version: 7 }], env(history).env);
    expect(missing.changed).toBe(false);
    expect(missing.problems[0]).toMatch(/no version 7/);
  });

  it('fits a duration target and reports approval', async () => {
    const { current } = baseStoryboard();
    const outcome = await applyEdits(current, [{ op: 'set_duration_target', seconds: 20 }, { op: 'approve' }], env().env);
    expect(outcome.approved).toBe(true);
    expect(Math.abs(storyboardDuration(outcome.storyboard) - 20)).toBeLessThanOrEqual(2);
    expect(outcome.storyboard.duration_target_sec).toBe(20);
  });

  it('refuses to remove the only scene and to use an unknown voice', async () => {
    const { current } = baseStoryboard();
    const single = { ...current, scenes: [current.scenes[0]!] };
    const outcome = await applyEdits(single, [{ op: 'remove_scene', scene_id: 's1' }, { op: 'set_voice', voice_id: 'nope' }, { op: 'remove_scene', scene_id: 's9' }], env().env);
    expect(outcome.changed).toBe(false);
    expect(outcome.problems).toEqual([
      'the video needs at least one scene, so the last one stays',
      'there is no voice "nope"',
      'there is no scene with id "s9"',
    ]);
  });

  it('stops when the signal is aborted', async () => {
    const { current } = baseStoryboard();
    const controller = new AbortController();
    controller.abort();
    const measurer = new SceneMeasurer(wordMeasure, controller.signal);
    await expect(applyEdits(current, [{ op: 'set_narration', scene_id: 's2', narration: 'x y z' }], { voices: testVoices, history: [], measurer })).rejects.toThrow(/Cancelled/);
  });
});
