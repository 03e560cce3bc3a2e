import type { SceneDrawing } from './scene-drawing.js';
import { logoBox, presenterBox, type Box } from './scene-geometry.js';

/**
 * Where the brand logo is drawn (null: no logo, or no room): top right of the slide grid, clear of the
 * presenter's box. The same for every layout, so the logo holds still across scenes.
 */
export function logoPlacement(d: SceneDrawing): Box | null {
  if (!d.logo) return null;
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  const presenter = d.presenterBox !== undefined ? d.presenterBox : d.reservePresenter ? presenterBox(d.width, d.height, scene.presenter) : null;
  return logoBox(d.width, d.height, d.logo, presenter ? [presenter] : []);
}
