import { estimateNarrationSeconds, STORYBOARD_SCHEMA, storyboardDuration, validateStoryboard, type Scene, type Storyboard } from '../../storyboard/index.js';
import { PermanentError } from '../../errors/index.js';
import type { PlannerContext, PlanRequest, PlanResult } from '../planner.js';
import { fitDuration, SceneMeasurer, type ReserveItem } from '../duration/index.js';
import { detectLanguage, detectScriptLanguage, headlineFrom, scoreSentences, splitSentences, titleCase, type KnownLanguage } from '../text/index.js';
import { findStat } from './find-stat.js';
import { splitFactClauses, topicSubject } from './fact-clauses.js';
import { pointExpansions } from './expand-points.js';
import { pickVoice } from '../voices/index.js';
import { closestStyleId, storyboardBrand } from '../brand/index.js';
import { genericNarration, topicAsSubject } from './generic-narration.js';
import { hasSubstance, parseRequest } from './parse-request.js';
import { inlineListItems, sourceBlocks } from './source-blocks.js';
import { clarifyingQuestion, scriptLanguageQuestion, plannedMessage } from './planner-messages.js';
import { composeScriptedStoryboard, scriptOfPrompt } from './compose-scripted-storyboard.js';

/** A piece of material that becomes (part of) a scene. */
interface Unit {
  kind: 'sentence' | 'list';
  sentences: string[];
  bullets: string[];
  heading: string | null;
  layout: 'presenter' | 'bullets' | 'stat' | 'quote';
  stat?: string;
  statLabel?: string;
  attribution?: string;
  quote?: string;
  order: number;
  score: number;
  seconds: number;
}

const ctaPattern =
  /\b(visit|sign up|signup|subscribe|download|try it|try the|get started|learn more|contact us|join us|join the|register|order now|book a|call us|check out|follow us|start your|start today|besuchen|melden sie sich|jetzt|visitez|inscrivez|essayez|visita|regístrate|prueba)\b/i;

export const SCENE_MAX_SENTENCES = 2;
export const SCENE_MAX_WORDS = 45;

function ensureSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  // French puts a space before the colon ("Voici l’essentiel :"): it goes with it.
  return /[.!?…:]["'”’)]*$/.test(t) ? t.replace(/\s*:$/, '.') : `${t}.`;
}

function bulletText(item: string, language: KnownLanguage): string {
  const t = item.trim().replace(/[.;:!]+$/, '');
  return t.split(/\s+/).length <= 12 ? t.slice(0, 120) : headlineFrom(t, 10, language);
}

function classify(sentence: string, language: KnownLanguage): Pick<Unit, 'layout' | 'stat' | 'attribution' | 'quote' | 'statLabel'> {
  const quoted = /[“"«]([^”"»]{12,280})[”"»]/.exec(sentence);
  if (quoted && quoted[1]!.split(/\s+/).length >= 4) {
    const who = /(?:said|says|according to|explains|explained|—|–)\s+((?:[A-Z][\p{L}.'-]*\s?){1,4})/u.exec(sentence);
    return { layout: 'quote', quote: quoted[1]!.trim(), ...(who ? { attribution: who[1]!.trim().replace(/[,.]$/, '') } : {}) };
  }
  const figure = sentence.split(/\s+/).length <= 35 ? findStat(sentence, language) : null;
  if (figure) return { layout: 'stat', stat: figure.stat, statLabel: figure.label };
  return { layout: 'presenter' };
}

/** Units of material, in order, from text in sourceBlocks format. */
function unitsFrom(text: string, language: KnownLanguage, orderStart: number): { units: Unit[]; firstHeading: string | null } {
  const units: Unit[] = [];
  let heading: string | null = null;
  let firstHeading: string | null = null;
  let order = orderStart;
  const blocks = sourceBlocks(text);
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      heading = block.text;
      if (i === 0) firstHeading = block.text;
      return;
    }
    if (block.kind === 'list') {
      // Long lists become several bullet scenes of up to five items.
      for (let k = 0; k < block.items.length; k += 5) {
        const items = block.items.slice(k, k + 5);
        const intro = k === 0 && block.intro ? [ensureSentence(block.intro)] : [];
        units.push({
          kind: 'list',
          sentences: [...intro, ...items.map(ensureSentence)],
          bullets: items.map((it) => bulletText(it, language)),
          heading: heading ?? (block.intro ? headlineFrom(block.intro, 6, language) : null),
          layout: items.length >= 2 ? 'bullets' : 'presenter',
          order: order++,
          score: 0,
          seconds: 0,
        });
      }
      return;
    }
    for (const sentence of block.sentences) {
      const kind = classify(sentence, language);
      // A sentence listing features is a list even when one of them has a figure ("… and a 30% faster startup").
      const inline = kind.layout !== 'quote' ? inlineListItems(sentence) : null;
      if (inline && inline.length <= 6) {
        units.push({ kind: 'list', sentences: [sentence], bullets: inline.map((it) => bulletText(it, language)), heading, layout: 'bullets', order: order++, score: 0, seconds: 0 });
        continue;
      }
      units.push({ kind: 'sentence', sentences: [sentence], bullets: [], heading, ...kind, order: order++, score: 0, seconds: 0 });
    }
  });
  return { units, firstHeading };
}

function scoreUnits(units: Unit[], topic: string | null, language: KnownLanguage): void {
  const flat = units.flatMap((u, i) => u.sentences.map((s) => ({ s, i })));
  const scores = scoreSentences(flat.map((f) => f.s), { ...(topic ? { topic } : {}), language });
  units.forEach((u, i) => {
    const own = scores.filter((_, k) => flat[k]!.i === i);
    const base = own.length > 0 ? Math.max(...own) : 0;
    u.score = base + (u.kind === 'list' ? 0.3 : 0) + (u.layout === 'stat' || u.layout === 'quote' ? 0.2 : 0);
  });
}

/** Scenes from the chosen units: stat, quote and list units alone; plain sentences grouped by section. */
function scenesFrom(units: Unit[], language: KnownLanguage, nextId: () => string, title: string): Scene[] {
  const scenes: Scene[] = [];
  let group: Unit[] = [];
  // The title's heading is already on the title card.
  let lastHeading: string | null = title;
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0]!;
    const headline = first.heading && first.heading !== lastHeading ? first.heading : headlineFrom(first.sentences[0]!, 7, language);
    lastHeading = first.heading;
    scenes.push({
      id: nextId(),
      layout: 'presenter',
      narration: group.flatMap((u) => u.sentences).join(' '),
      headline: headline.slice(0, 300),
      presenter: 'none',
      transition: 'fade',
      duration_sec: 0,
    });
    group = [];
  };
  for (const unit of units) {
    if (unit.layout === 'presenter' && unit.kind === 'sentence') {
      const words = group.reduce((n, u) => n + u.sentences.join(' ').split(/\s+/).length, 0) + unit.sentences[0]!.split(/\s+/).length;
      if (group.length >= SCENE_MAX_SENTENCES || words > SCENE_MAX_WORDS || (group.length > 0 && group[0]!.heading !== unit.heading)) flush();
      group.push(unit);
      continue;
    }
    flush();
    const scene: Scene = {
      id: nextId(),
      layout: unit.layout,
      narration: unit.sentences.join(' '),
      presenter: 'none',
      transition: 'fade',
      duration_sec: 0,
    };
    if (unit.layout === 'bullets') {
      // A list without a heading or intro is the video's list: it carries the title ("5 Tips for Better Sleep").
      scene.headline = (unit.heading ?? (unit.sentences.length === unit.bullets.length ? title : headlineFrom(unit.sentences[0]!, 6, language))).slice(0, 300);
      scene.bullets = unit.bullets.slice(0, 8);
      lastHeading = unit.heading;
    } else if (unit.layout === 'stat') {
      scene.stat = unit.stat!;
      scene.headline = (unit.statLabel || headlineFrom(unit.sentences[0]!, 8, language)).slice(0, 300);
    } else if (unit.layout === 'quote') {
      scene.headline = unit.quote!.replace(/[,;:]+$/, '').slice(0, 300);
      if (unit.attribution) scene.attribution = unit.attribution.slice(0, 200);
    } else {
      scene.headline = headlineFrom(unit.sentences[0]!, 7, language);
    }
    scenes.push(scene);
  }
  flush();
  return scenes;
}

/** Plans a storyboard from a prompt and attached documents, or asks a question when there is nothing to go on. */
export async function composeStoryboard(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
  context.signal.throwIfAborted();
  // A quoted script ("Text: «…»", 「…」) is narrated as written; the words around it only steer.
  const quoted = request.attachments.length === 0 ? scriptOfPrompt(request.prompt) : null;
  if (quoted) return composeScriptedStoryboard(request, context, quoted);
  const parsed = parseRequest(request.prompt);
  const documents = request.attachments.map((a) => a.text ?? '').filter((t) => t.trim() !== '');
  const material = [parsed.content, ...documents].filter((t) => t.trim() !== '').join('\n\n');
  const hasMaterial = hasSubstance(material);
  if (!parsed.topic && !hasMaterial && !request.skip_agentic_stop) {
    return { kind: 'question', message: clarifyingQuestion(detectLanguage(request.prompt)) };
  }
  context.onProgress(0.05);

  const language = detectLanguage(`${request.prompt}\n${material.slice(0, 4000)}`);
  // Text in another script is read by a voice for that script; the rules keep their English defaults.
  const spokenLanguage = detectScriptLanguage(`${request.prompt}\n${material.slice(0, 4000)}`) ?? language;
  const voice =
    request.voice_id ??
    pickVoice(context.voices, { language: spokenLanguage })?.voice_id ??
    pickVoice(context.voices, { language })?.voice_id ??
    pickVoice(context.voices, { language: 'en' })?.voice_id ??
    context.voices[0]?.voice_id;
  if (!voice) throw new PermanentError('No voice is available to narrate the video.');
  const about = topicSubject(parsed.topic) ?? (parsed.topic && parsed.topic.split(/\s+/).length <= 3 && !/^(?:our|my|the|a|an)\s/i.test(parsed.topic) ? parsed.topic : null);
  const subject = about ? about.charAt(0).toUpperCase() + about.slice(1) : null;
  // The user's own short text: one sentence per fact, so each fact can become a scene.
  const ownSentences = sourceBlocks(parsed.content).flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
  // A bare list of short items ("keep a fixed bedtime, avoid screens, …") becomes a bulleted list.
  const bareList = (sentence: string): string[] | null => {
    if (inlineListItems(sentence)) return null;
    const parts = sentence.replace(/[.!]+$/, '').split(/\s*[;,]\s+(?:and\s+|or\s+)?/).map((p) => p.trim()).filter(Boolean);
    return parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 7) && !findStat(sentence, language) ? parts : null;
  };
  const ownText =
    ownSentences.length > 0 && ownSentences.length < 4 && !parsed.content.includes('\n')
      ? ownSentences
          .map((sentence) => {
            const items = bareList(sentence);
            return items ? `\n${items.map((i) => `- ${i.charAt(0).toUpperCase()}${i.slice(1)}`).join('\n')}\n` : splitFactClauses(sentence, subject).join(' ');
          })
          .join(' ')
      : parsed.content;
  const mentions = parsed.mentions.flatMap((m) => splitFactClauses(m, subject));
  const userMaterial = [ownText, ...mentions, ...documents].filter((t) => t.trim() !== '').join('\n\n');

  // Enough material (a pasted article, a document) is summarised; a bare topic gets narration built around it.
  const extracted = unitsFrom(userMaterial, language, 0);
  // Without a topic in the request, a heading or list intro in the material names it ("Five habits of productive teams").
  const materialTopic = extracted.firstHeading ?? extracted.units.find((u) => u.kind === 'list' && u.heading)?.heading ?? null;
  const generic = genericNarration({ topic: parsed.topic ?? materialTopic, audience: parsed.audience, kind: parsed.kind, language, subject: topicSubject(parsed.topic) });
  const materialSentences = extracted.units.reduce((n, u) => n + u.sentences.length, 0);
  const extractive = materialSentences >= 4;
  // Too little text of their own in a script our templates do not cover: the narration would be English
  // sentences read by (say) a Japanese voice. Ask for the words instead, unless told never to ask.
  if (!extractive && spokenLanguage !== language && !request.skip_agentic_stop) {
    return { kind: 'question', message: scriptLanguageQuestion(spokenLanguage) };
  }
  let units = extracted.units;
  let hook: string;
  let cta = parsed.cta ?? generic.cta;
  // "If that does not help, call your provider.": the headline is the action, not the condition.
  let ctaHeadline = parsed.cta ? headlineFrom(parsed.cta.replace(/^(?:if|when|once|wenn|falls)\b[^,]*,\s*/i, ''), 6, language) : generic.ctaHeadline;
  if (extractive) {
    const leadIndex = units.findIndex((u) => u.kind === 'sentence' && u.layout !== 'quote');
    hook = leadIndex >= 0 ? units[leadIndex]!.sentences[0]! : generic.hook;
    if (leadIndex >= 0) units.splice(leadIndex, 1);
    const tailStart = Math.floor(units.length * 0.6);
    for (let i = units.length - 1; i >= tailStart && !parsed.cta; i--) {
      const unit = units[i]!;
      if (unit.kind === 'sentence' && ctaPattern.test(unit.sentences[0]!)) {
        cta = unit.sentences[0]!;
        ctaHeadline = headlineFrom(cta.replace(/^(?:if|when|once|wenn|falls)\b[^,]*,\s*/i, ''), 5, language);
        units.splice(i, 1);
        break;
      }
    }
  } else if (units.length > 0) {
    // The user's points are the video: they all go in, and the length comes from expanding them.
    hook = generic.hook;
    units = units.map((u) => ({ ...u, score: 10 }));
  } else {
    hook = generic.hook;
    units = unitsFrom(generic.body, language, 0).units;
  }
  const shortTitle = (object: string): string => {
    const topic = topicAsSubject(object, language);
    const words = topic.split(/\s+/);
    return words.length <= 8 ? topic : headlineFrom(topic, 8, language);
  };
  const title = titleCase(
    (extracted.firstHeading ?? (parsed.topic || materialTopic ? shortTitle(parsed.topic === null ? materialTopic! : parsed.audience && `${parsed.topic} for ${parsed.audience}`.split(/\s+/).length <= 7 && language === 'en' ? `${parsed.topic} for ${parsed.audience}` : parsed.topic) : null) ?? (extractive ? headlineFrom(hook, 7, language) : generic.title)).slice(0, 200) || 'Untitled',
    language,
  );
  scoreUnits(units, parsed.topic ?? title, language);
  if (!extractive && extracted.units.length > 0) units.forEach((u) => (u.score += 10));

  const measurer = new SceneMeasurer(context.measure, context.signal);
  // Calibrate the quick estimate against the real voice once, then choose material by estimate.
  const hookSeconds = await measurer.seconds(hook, voice, 1);
  const ratio = Math.min(2, Math.max(0.5, hookSeconds / Math.max(0.2, estimateNarrationSeconds(hook))));
  context.onProgress(0.15);
  for (const unit of units) unit.seconds = unit.sentences.reduce((n, s) => n + estimateNarrationSeconds(s) * ratio, 0);
  const fixedSeconds = hookSeconds + estimateNarrationSeconds(cta) * ratio + 1.4;
  const padding = (u: Unit): number => (u.layout === 'presenter' ? 0.35 : 0.7);
  const allSeconds = fixedSeconds + units.reduce((n, u) => n + u.seconds + padding(u), 0);
  const explicitTarget = request.duration_sec ?? parsed.durationSec;
  const target = explicitTarget ?? Math.min(60, Math.max(30, allSeconds));

  const chosen = new Set<Unit>();
  let running = fixedSeconds;
  for (const unit of [...units].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (running + unit.seconds + padding(unit) <= target * 1.02) {
      chosen.add(unit);
      running += unit.seconds + padding(unit);
    }
  }
  const ordered = units.filter((u) => chosen.has(u));
  let counter = 0;
  const nextId = (): string => `s${++counter}`;
  const titleScene: Scene = { id: nextId(), layout: 'title', narration: hook, headline: title, presenter: 'none', transition: 'fade', duration_sec: 0 };
  const body = scenesFrom(ordered, language, nextId, title);
  const ctaScene: Scene = { id: nextId(), layout: 'cta', narration: cta, headline: ctaHeadline.slice(0, 300), presenter: 'none', transition: 'fade', duration_sec: 0 };
  let storyboard: Storyboard = {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title,
    language: spokenLanguage,
    orientation: request.orientation ?? parsed.orientation ?? 'landscape',
    duration_target_sec: explicitTarget ?? null,
    voice_id: voice,
    avatar_id: request.avatar_id,
    style_id: request.style_id ?? (request.brand_kit ? closestStyleId(request.brand_kit, context.styleIds) : null) ?? context.styleIds[0] ?? 'default',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [titleScene, ...body, ctaScene],
 
    ...(request.brand_kit ? { brand: storyboardBrand(request.brand_kit) } : {}),
  };
  // Topic sections and filler only pad videos without much material, or videos whose length the user asked for.
  const padWithTopic = !(extractive && explicitTarget === null && allSeconds >= 28);
  const reserve: ReserveItem[] = [
    ...units.filter((u) => !chosen.has(u) && u.kind === 'sentence' && u.layout === 'presenter').map((u) => u.sentences[0]!),
    // Whole sections that structure the topic come before loose sentences: they read as a real video.
    ...(padWithTopic ? generic.sections.filter((s) => !s.recap) : []),
    ...(padWithTopic ? generic.extra : []),
    // The recap closes the body, so it comes only once everything before it is in.
    ...(padWithTopic ? generic.sections.filter((s) => s.recap) : []),
  ];
  storyboard = await measurer.storyboard(storyboard);
  // Short on material: lengthen around the user's own points before reaching for filler.
  if (!extractive && extracted.units.length > 0) {
    for (const expand of pointExpansions({ topic: parsed.topic ?? title, language, kind: parsed.kind, requestedCta: parsed.cta !== null })) {
      const now = storyboardDuration(storyboard);
      if (now >= target * 0.97) break;
      const scenes = expand(storyboard.scenes);
      if (!scenes) continue;
      const next = await measurer.storyboard({ ...storyboard, scenes });
      if (Math.abs(storyboardDuration(next) - target) < Math.abs(now - target)) storyboard = next;
    }
  }
  context.onProgress(0.3);
  const measured = storyboardDuration(storyboard);
  let shortfall: { target: number; seconds: number } | null = null;
  // Without a target anything from about 28 to 62 seconds is fine.
  if (explicitTarget !== null || measured < 28 || measured > 62) {
    // A sentence of the topic body that comes back as a scene of its own keeps its section's heading.
    const shownHeadings = new Set([title, ...ordered.map((u) => u.heading)]);
    const headingOf = new Map(units.filter((u) => !chosen.has(u) && u.kind === 'sentence' && u.heading && !shownHeadings.has(u.heading)).map((u) => [u.sentences[0]!, u.heading!]));
    const fitted = await fitDuration(storyboard, {
      target,
      measurer,
      reserve,
      language,
      makeScene: (sentence, id) => ({
        id,
        layout: 'presenter',
        narration: sentence,
        headline: (headingOf.get(sentence) ?? headlineFrom(sentence, 7, language)).slice(0, 300),
        presenter: 'none',
        transition: 'fade',
        duration_sec: 0,
      }),
      onProgress: (f) => context.onProgress(0.3 + 0.65 * f),
    });
    storyboard = fitted.storyboard;
    if (!fitted.reached && explicitTarget !== null) shortfall = { target, seconds: fitted.seconds };
  }
  // A first version has no history to stay stable against: number the scenes in order.
  storyboard = validateStoryboard({ ...storyboard, scenes: storyboard.scenes.map((scene, i) => ({ ...scene, id: `s${i + 1}` })) });
  context.onProgress(1);
  return { kind: 'storyboard', storyboard, message: plannedMessage(storyboard, context.voices, shortfall) };
}
