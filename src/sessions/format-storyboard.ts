import { storyboardDuration, type Storyboard } from '../storyboard/index.js';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The storyboard as a chat message: readable in a terminal, a browser or a curl response. */
export function formatStoryboard(storyboard: Storyboard, voiceName: string): string {
  const seconds = Math.round(storyboardDuration(storyboard));
  const lines = [
    `Storyboard v${storyboard.version}: "${storyboard.title}" — ${storyboard.scenes.length} scenes, about ${seconds} s, ${storyboard.orientation}, voice ${voiceName}.`,
  ];
  for (const [index, scene] of storyboard.scenes.entries()) {
    const label = [scene.stat, scene.headline].filter(Boolean).join(' ');
    const heading = label ? `${clip(label, 60)} — ` : '';
    lines.push(`${index + 1}. [${scene.layout}, ${Math.round(scene.duration_sec)} s] ${heading}"${clip(scene.narration, 140)}"`);
  }
  return lines.join('\n');
}

export const REVIEW_HINT =
  'Tell me what to change (for example "make it shorter", "remove scene 3", "move scene 2 to the end", "use a male voice", "make it vertical"), or say "looks good" to render.';
