import type { Scene } from '../storyboard/index.js';

/** A scene's picture as the draft resource's metadata shows it: what it is, where it came from, whom to credit. */
export interface SceneVisualSummary {
  kind: string | null;
  provider: string | null;
  id: string | null;
  query: string | null;
  /** The provider's page for a stock item. */
  url: string | null;
  attribution: string | null;
  licence: string | null;
  /** Chosen by the user; planners and providers keep it. */
  pinned: boolean;
}

export function sceneVisualSummary(scene: Scene): SceneVisualSummary {
  const visual = scene.visual;
  return {
    kind: visual?.kind ?? null,
    provider: visual?.source?.provider ?? null,
    id: visual?.source?.id ?? null,
    query: visual?.query ?? null,
    url: visual?.source?.url ?? null,
    attribution: visual?.attribution ?? null,
    licence: visual?.licence ?? null,
    pinned: visual?.pinned === true || scene.no_visual === true,
  };
}
