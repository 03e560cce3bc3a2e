import type { VisualPreference } from '../../storyboard/index.js';

/** The kinds of picture a person can ask for on one scene. */
export const requestableVisualKinds = ['illustration', 'icon', 'chart', 'stock_image', 'stock_video', 'generated_image', 'user_media'] as const;
export type RequestableVisualKind = (typeof requestableVisualKinds)[number];

/**
 * Edits to the pictures of a storyboard (issue 12): part of EditOperation, carried out by applyVisualEdit. A
 * picture chosen this way is pinned, so neither the planner nor a stock provider replaces it later.
 */
export type VisualEditOperation =
  /**
   * Puts a picture of this kind on a scene: `query` is what to look for (a stock search, an illustration's
   * name or keywords, an image prompt); `asset_id` is the user's upload for `user_media`; `pick` the stock item
   * (`provider:id`) chosen from that search's results in the studio. A chart needs no query.
   */
  | { op: 'set_visual'; scene_id: string; kind: RequestableVisualKind; query?: string; asset_id?: string; pick?: string }
  /** Shows the scene without a picture, and keeps it so. */
  | { op: 'remove_visual'; scene_id: string }
  /** Another picture of the same sort: the next best illustration not used elsewhere, or the next stock result. */
  | { op: 'next_visual'; scene_id: string }
  /** "More footage, fewer icons" (`footage`) or "only illustrations" (`library`), for every scene not pinned. */
  | { op: 'prefer_visuals'; prefer: VisualPreference };

export type VisualEditKind = VisualEditOperation['op'];

export const visualEditKinds = ['set_visual', 'remove_visual', 'next_visual', 'prefer_visuals'] as const satisfies readonly VisualEditKind[];

export function isVisualEdit(op: { op: string }): op is VisualEditOperation {
  return (visualEditKinds as readonly string[]).includes(op.op);
}
