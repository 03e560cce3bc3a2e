import type { StoryboardVersion } from '../client/index.js';
import { formatTable } from './format-table.js';

/** The storyboard as a readable table: one row per scene with its layout, length and narration. */
export function describeStoryboard({ storyboard }: StoryboardVersion, width = 100): string {
  const total = storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0);
  const head = `Storyboard v${storyboard.version}: "${storyboard.title}" — ${storyboard.scenes.length} scenes, ~${total.toFixed(0)} s, ${storyboard.orientation}, voice ${storyboard.voice_id}`;
  const rows = storyboard.scenes.map((scene, index) => {
    const headline = 'headline' in scene && typeof scene.headline === 'string' && scene.headline ? `${scene.headline} — ` : '';
    return [String(index + 1), scene.layout, `${scene.duration_sec.toFixed(1)} s`, `${headline}${scene.narration}`];
  });
  return `${head}\n\n${formatTable(['#', 'Layout', 'Length', 'Narration'], rows, width)}`;
}
