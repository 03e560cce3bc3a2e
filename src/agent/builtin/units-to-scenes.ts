import type { Scene } from '../../storyboard/index.js';
import { escapeRegExp, headlineFrom, type KnownLanguage } from '../text/index.js';
import { headingFromSentence } from '../language/index.js';
import type { Unit } from './material-units.js';

export const SCENE_MAX_SENTENCES = 2;
export const SCENE_MAX_WORDS = 45;

const denseScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function words(text: string): number {
  // Scripts without spaces count characters: four of them weigh as a word.
  return denseScript.test(text) ? Math.ceil(text.length / 4) : text.split(/\s+/).filter(Boolean).length;
}

/** Sentences joined as their script writes them: with a space, or none in Japanese and Chinese. */
function joined(sentences: readonly string[]): string {
  return sentences.join(denseScript.test(sentences.join('')) ? '' : ' ');
}

/** A headline in the sentence's own words; for scripts without spaces, cut at a phrase boundary. */
function headlineOf(sentence: string, maxWords: number, language: KnownLanguage): string {
  return denseScript.test(sentence) ? headingFromSentence(sentence, 32) : headlineFrom(sentence, maxWords, language);
}

/** "50 Prozent der Häuser …": the label is the genitive after the figure, not a subject ("Der Umsatz stieg um 12 %"). */
function germanGenitive(label: string, sentence: string): boolean {
  const opening = /^(?:der|des)\s+\S+/iu.exec(label)?.[0];
  return opening !== undefined && new RegExp(`(?:%|prozent)\\s+${escapeRegExp(opening)}`, 'iu').test(sentence);
}

/** The scene of a stat, quote or list unit: one unit, one scene. */
function unitScene(unit: Unit, id: string, language: KnownLanguage, title: string): Scene {
  const scene: Scene = { id, layout: unit.layout, narration: joined(unit.sentences), presenter: 'none', transition: 'fade', duration_sec: 0 };
  if (unit.layout === 'bullets') {
    // A list without a heading or intro is the video's list: it carries the title ("Four Mistakes New Runners Make").
    // Its sentences are its items when each is said alone, or all in one ("Jantar, música ao vivo e sorteio …").
    const itemsOnly = unit.sentences.length === unit.bullets.length || (unit.sentences.length === 1 && unit.sentences[0]!.startsWith(unit.bullets[0]!));
    scene.headline = (unit.heading ?? (itemsOnly ? title : headlineOf(unit.sentences[0]!, 6, language))).slice(0, 300);
    scene.bullets = unit.bullets.slice(0, 8);
  } else if (unit.layout === 'stat') {
    scene.stat = unit.stat!;
    // The label reads after the figure ("decline in colonies"); on screen it is the scene's headline, so it starts with a capital.
    const label = unit.statLabel || headlineOf(unit.sentences[0]!, 8, language);
    // A label that continues the figure ("de descuento la primera semana", "off all shoes") keeps it in front.
    // So does what the people counted did ("94% rated it 5 stars").
    const continues = /^(?:of|off|de|del|des|du|di|della|do|da|von|van)(?!\p{L})/iu.test(label) || germanGenitive(label, unit.sentences.join(' ')) || (language === 'en' && /^\p{Ll}+ed\s/u.test(label));
    scene.headline = (continues ? `${unit.stat} ${label.charAt(0).toLowerCase()}${label.slice(1)}` : `${label.charAt(0).toUpperCase()}${label.slice(1)}`).slice(0, 300);
  } else if (unit.layout === 'quote') {
    scene.headline = unit.quote!.replace(/[,;:]+$/, '').slice(0, 300);
    if (unit.attribution) scene.attribution = unit.attribution.slice(0, 200);
  } else {
    scene.headline = (unit.heading ?? headlineOf(unit.sentences[0]!, 7, language)).slice(0, 300);
  }
  return scene;
}

/** Scenes from the chosen units, in order: stat, quote and list units alone; plain sentences grouped by section, `maxSentences` a scene. */
export function scenesFrom(units: readonly Unit[], language: KnownLanguage, nextId: () => string, title: string, maxSentences = SCENE_MAX_SENTENCES): Scene[] {
  const scenes: Scene[] = [];
  let group: Unit[] = [];
  // The title's heading is already on the title card.
  let lastHeading: string | null = title;
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0]!;
    // After a short lead ("Niente panna!") the sentence that says more heads the scene.
    const telling = group.find((u) => words(u.sentences.join(' ')) > 3) ?? first;
    const headline = first.heading && first.heading !== lastHeading ? first.heading : headlineOf(telling.sentences[0]!, 7, language);
    lastHeading = first.heading;
    scenes.push({ id: nextId(), layout: 'presenter', narration: joined(group.flatMap((u) => u.sentences)), headline: headline.slice(0, 300), presenter: 'none', transition: 'fade', duration_sec: 0 });
    group = [];
  };
  for (const unit of units) {
    if (unit.layout === 'presenter' && unit.kind === 'sentence') {
      const count = group.reduce((n, u) => n + words(u.sentences.join(' ')), 0) + words(unit.sentences[0]!);
      // "Niente panna!" is no scene of its own: a sentence of up to three words stays with the next.
      const shortLead = group.every((u) => words(u.sentences.join(' ')) <= 3);
      if ((group.length >= maxSentences && !shortLead) || count > SCENE_MAX_WORDS || (group.length > 0 && group[0]!.heading !== unit.heading)) flush();
      group.push(unit);
      continue;
    }
    flush();
    scenes.push(unitScene(unit, nextId(), language, title));
    if (unit.layout === 'bullets') lastHeading = unit.heading;
  }
  flush();
  return scenes;
}
