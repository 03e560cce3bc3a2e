import { describe, expect, it } from 'vitest';
import { placePresenter, STORYBOARD_SCHEMA, type Storyboard } from '../../src/storyboard/index.js';

function storyboard(avatar: string | null, placements: Storyboard['scenes'][number]['presenter'][]): Storyboard {
  const layouts = ['title', 'stat', 'presenter', 'cta'] as const;
  return {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title: 'Tea',
    language: 'en',
    orientation: 'landscape',
    duration_target_sec: null,
    voice_id: 'espeak-en-us-female',
    avatar_id: avatar,
    style_id: 'clean',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: placements.map((presenter, index) => ({ id: `s${index + 1}`, layout: layouts[index % 4]!, narration: 'Hello.', presenter, transition: 'fade', duration_sec: 2 })),
  };
}

describe('placePresenter', () => {
  it('places the avatar by layout where no placement was chosen, and keeps chosen ones', () => {
    const placed = placePresenter(storyboard('amara-studio', ['none', 'none', 'full', 'none']));
    expect(placed.scenes.map((s) => s.presenter)).toEqual(['side', 'corner', 'full', 'side']);
  });

  it('removes every placement when there is no avatar, and returns the same object when nothing changes', () => {
    expect(placePresenter(storyboard(null, ['side', 'corner', 'none', 'full'])).scenes.map((s) => s.presenter)).toEqual(['none', 'none', 'none', 'none']);
    const unchanged = storyboard(null, ['none', 'none']);
    expect(placePresenter(unchanged)).toBe(unchanged);
  });
});
