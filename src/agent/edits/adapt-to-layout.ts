import type { Scene, Storyboard } from '../../storyboard/index.js';
import { headlineFrom, splitSentences } from '../text/index.js';
import { sceneIndex } from './edit-state.js';

const figure = /[-+]?[$€£¥]?\d[\d,.]*\s?(%|percent|per cent|x|×|k|m|bn|million|billion|thousand|hours?|days?|minutes?|seconds?|years?)?/i;

type LayoutAdapter = (next: Scene, scene: Scene, sentences: string[], sb: Storyboard) => Scene | string;

const headlineFromFirstSentence: LayoutAdapter = (next, scene, sentences) => {
  next.headline ??= headlineFrom(sentences[0] ?? scene.narration, 7);
  return next;
};

/** What each layout needs from the scene's own text; one entry per layout, so a new layout must say. */
const layoutAdapters: Record<Scene['layout'], LayoutAdapter> = {
  bullets: (next, scene, sentences, sb) => {
    if (!next.bullets || next.bullets.length === 0) {
      const points = (sentences.length > 1 ? sentences : scene.narration.split(/[,;]\s+|\s+and\s+/)).map((s) => headlineFrom(s, 6)).filter(Boolean);
      if (points.length < 2) return `scene ${sceneIndex(sb, scene.id) + 1} has only one point, so it cannot be a bullet list`;
      next.bullets = points.slice(0, 6);
    }
    return next;
  },
  stat: (next, scene, sentences, sb) => {
    if (!next.stat) {
      const match = figure.exec(scene.narration);
      if (!match) return `scene ${sceneIndex(sb, scene.id) + 1} has no number to show as a statistic`;
      next.stat = match[0].trim().replace(/\s?percent$|\s?per cent$/i, ' %').slice(0, 40);
    }
    next.headline ??= headlineFrom(sentences[0] ?? scene.narration, 8);
    return next;
  },
  quote: (next, scene, sentences) => {
    const quoted = /[“"«]([^”"»]{8,})[”"»]/.exec(scene.narration);
    next.headline = quoted ? quoted[1]!.trim() : (sentences[0] ?? scene.narration).slice(0, 300);
    return next;
  },
  title: (next, _scene, _sentences, sb) => {
    next.headline ??= sb.title;
    return next;
  },
  cta: headlineFromFirstSentence,
  presenter: headlineFromFirstSentence,
  media: (next, scene, sentences, sb) => {
    headlineFromFirstSentence(next, scene, sentences, sb);
    return next.media ? next : `scene ${sceneIndex(sb, scene.id) + 1} has no image or video attached to show`;
  },
};

/** Fills what a layout needs from the scene's own text, or says why it cannot. */
export function adaptToLayout(scene: Scene, layout: Scene['layout'], sb: Storyboard): Scene | string {
  return layoutAdapters[layout]({ ...scene, layout }, scene, splitSentences(scene.narration), sb);
}
