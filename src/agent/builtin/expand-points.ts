import type { Scene } from '../../storyboard/index.js';
import { headlineFrom, type KnownLanguage } from '../text/index.js';

/** One optional sentence (or scene) that makes a short video longer while staying about its topic. */
export type Expansion = (scenes: Scene[]) => Scene[] | null;

const actionWords = /\b(?:help|helps|you can|we can|try|plant|start|use|avoid|switch|choose|join|sign up|make sure|simple|easy|instead)\b/i;

/** Lower-cases a sentence's first word unless it looks like a name ("Acme Notes", "iOS", "I"). */
function lowerFirst(text: string): string {
  return /^(?:I\b|\p{Lu}{2,}|\p{Lu}\p{Ll}*\p{Lu}|\p{Lu}\S*\s+\p{Lu})/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function withScene(scenes: Scene[], index: number, change: (scene: Scene) => Scene): Scene[] {
  return scenes.map((s, i) => (i === index ? change(s) : s));
}

function prefix(scene: Scene, sentence: string): Scene {
  return { ...scene, narration: `${sentence} ${scene.narration}` };
}

/**
 * Ways to lengthen a storyboard built from the user's own points, most natural first: a line after the hook,
 * a lead-in to the numbers and to what can be done, a recap of the points, a lead-in to the call to action.
 * English only; other languages rely on the topic filler.
 */
export function pointExpansions(options: { topic: string; language: KnownLanguage; kind: string; requestedCta: boolean }): Expansion[] {
  if (options.language !== 'en') return [];
  const topic = options.topic.trim();
  const question = /^(?:why|how|what|when|where|who)\b/i.test(topic);
  const body = (scenes: Scene[]): number[] => scenes.map((_, i) => i).filter((i) => i > 0 && i < scenes.length - 1 && scenes[i]!.id !== 'recap');
  const stats = (scenes: Scene[]): number[] => body(scenes).filter((i) => scenes[i]!.layout === 'stat');
  const count = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];
  return [
    // After the hook.
    (scenes) => {
      const n = scenes.length - 2;
      const line = question && n >= 2 && n <= 6 ? `${count[n]} facts tell the story.` : 'Here is the short version.';
      return withScene(scenes, 0, (s) => ({ ...s, narration: `${s.narration} ${line}` }));
    },
    // Lead into the first figure.
    (scenes) => {
      const first = stats(scenes)[0];
      return first === undefined ? null : withScene(scenes, first, (s) => prefix(s, stats(scenes).length > 1 ? 'Let’s look at what the numbers say.' : 'Here is a number worth knowing.'));
    },
    // Lead into what people can do, after the facts.
    (scenes) => {
      const action = body(scenes).find((i) => i > 1 && scenes[i]!.layout === 'presenter' && actionWords.test(scenes[i]!.narration) && scenes.slice(1, i).some((s) => s.layout === 'stat'));
      return action === undefined ? null : withScene(scenes, action, (s) => prefix(s, 'So what can you do about it?'));
    },
    // A recap of every point, before the closing.
    (scenes) => {
      const points = scenes.slice(1, -1).filter((s) => s.layout !== 'quote');
      if (points.length < 2 || points.length > 6) return null;
      const items = points.map((s) => (s.layout === 'stat' && s.stat ? `${s.stat} ${s.headline ?? ''}`.trim() : (s.headline ?? headlineFrom(s.narration, 6))));
      const spoken = points.map((s) => lowerFirst(s.narration.replace(/^(?:[\p{L}-]+\s){0,2}[\p{L}-]+:\s+/u, '').split(/(?<=[.!?])\s+/).filter((x) => !/\?$|^(?:Let’s|Here is|So what)/.test(x)).join(' ').replace(/[.!]+$/, '')));
      const list = spoken.length === 2 ? `${spoken[0]}, and ${spoken[1]}` : `${spoken.slice(0, -1).join('; ')}; and ${spoken[spoken.length - 1]}`;
      const closer = question ? ` That is ${topic}.` : '';
      const recap: Scene = {
        id: 'recap',
        layout: 'bullets',
        narration: `To recap: ${list}.${closer}`,
        headline: 'In short',
        bullets: items.map((b) => headlineFrom(b, 8)).slice(0, 6),
        presenter: 'none',
        transition: 'fade',
        duration_sec: 0,
      };
      return [...scenes.slice(0, -1), recap, scenes[scenes.length - 1]!];
    },
    // Lead into the call to action.
    (scenes) => {
      const last = scenes.length - 1;
      if (!options.requestedCta && options.kind !== 'announcement' && options.kind !== 'demo') return null;
      if (/^(?:if|when|once)\b/i.test(scenes[scenes.length - 1]!.narration)) return null;
      const lead = options.kind === 'announcement' || options.kind === 'demo' ? 'Ready to see it for yourself?' : 'Here is one thing you can do today.';
      return withScene(scenes, last, (s) => prefix(s, lead));
    },
    // Repeat the point people can act on.
    (scenes) => {
      const action = scenes.slice(1, -1).find((s) => s.layout === 'presenter' && actionWords.test(s.narration) && s.id !== 'recap');
      if (!action) return null;
      const point = action.narration.split(/(?<=[.!?])\s+/).filter((x) => !/\?$/.test(x)).join(' ');
      return withScene(scenes, scenes.length - 1, (s) => prefix(s, `Remember: ${lowerFirst(point)}`));
    },
    // Another figure gets its own lead-in.
    (scenes) => {
      const second = stats(scenes)[1];
      return second === undefined ? null : withScene(scenes, second, (s) => prefix(s, 'And here is another one.'));
    },
    (scenes) => (/thank/i.test(scenes[scenes.length - 1]!.narration) ? null : withScene(scenes, scenes.length - 1, (s) => ({ ...s, narration: `${s.narration} Thanks for watching.` }))),
  ];
}
