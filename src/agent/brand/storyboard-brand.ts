import type { StoryboardBrand } from '../../storyboard/index.js';
import type { PlanBrand } from '../planner.js';

/** The storyboard's `brand` from the session's brand kit: unset colours are left out, not stored as null. */
export function storyboardBrand(kit: PlanBrand): StoryboardBrand {
  const colors: StoryboardBrand['colors'] = { primary: kit.colors.primary.toLowerCase() };
  if (kit.colors.secondary) colors.secondary = kit.colors.secondary.toLowerCase();
  if (kit.colors.background) colors.background = kit.colors.background.toLowerCase();
  if (kit.colors.text) colors.text = kit.colors.text.toLowerCase();
  return { colors, font: kit.font, logo_asset_id: kit.logo_asset_id };
}
