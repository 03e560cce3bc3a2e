import type { PlanBrand } from '../agent/index.js';
import type { BrandKit } from './brand-kit.js';

/** The part of a brand kit the planner uses. */
export function toPlanBrand(kit: BrandKit): PlanBrand {
  return { colors: { ...kit.colors }, font: kit.font, logo_asset_id: kit.logo_asset_id };
}
