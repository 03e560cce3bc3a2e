import { storyboardDuration, type Storyboard } from '../storyboard/index.js';
import type { SessionMessages } from './messages/index.js';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The storyboard as a chat message: readable in a terminal, a browser or a curl response. */
export function formatStoryboard(storyboard: Storyboard, voiceName: string, text: SessionMessages): string {
  const lines = [
    text.storyboardHeading({
      version: storyboard.version,
      title: storyboard.title,
      scenes: storyboard.scenes.length,
      seconds: Math.round(storyboardDuration(storyboard)),
      orientation: storyboard.orientation,
      voiceName,
    }),
  ];
  for (const [index, scene] of storyboard.scenes.entries()) {
    const label = [scene.stat, scene.headline].filter(Boolean).join(' ');
    lines.push(
      text.sceneLine({ number: index + 1, layout: scene.layout, seconds: Math.round(scene.duration_sec), heading: label ? clip(label, 60) : '', narration: clip(scene.narration, 140) }),
    );
  }
  return lines.join('\n');
}
