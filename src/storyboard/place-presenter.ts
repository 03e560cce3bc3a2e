import type { Layout, PresenterPlacement, Storyboard } from './storyboard.js';

/** Where the presenter stands by default: beside the words on text slides, in a corner over busy ones. */
const defaultPlacement: Record<Layout, PresenterPlacement> = {
  title: 'side',
  presenter: 'side',
  bullets: 'corner',
  media: 'corner',
  quote: 'corner',
  stat: 'corner',
  cta: 'side',
};

/**
 * Keeps placements consistent with the avatar: with no avatar nobody is placed; with one, scenes that have no
 * placement get the default for their layout (a placement chosen on purpose is kept).
 */
export function placePresenter(storyboard: Storyboard): Storyboard {
  const scenes = storyboard.scenes.map((scene) => {
    const presenter: PresenterPlacement = storyboard.avatar_id ? (scene.presenter === 'none' ? defaultPlacement[scene.layout] : scene.presenter) : 'none';
    return presenter === scene.presenter ? scene : { ...scene, presenter };
  });
  return scenes.every((scene, index) => scene === storyboard.scenes[index]) ? storyboard : { ...storyboard, scenes };
}
