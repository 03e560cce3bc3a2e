import { SCENE_PADDING_SEC, STORYBOARD_SCHEMA, storyboardDuration, validateStoryboard, type Scene, type Storyboard } from '../../storyboard/index.js';
import type { PlannerContext, PlanRequest, PlanResult } from '../planner.js';
import { SceneMeasurer } from '../duration/index.js';
import { pickVoice } from '../voices/index.js';
import { requestPresenter, wishedPresenterGender } from '../presenter/index.js';
import { closestStyleId, storyboardBrand } from '../brand/index.js';
import {
  AGENT_MESSAGES, headingFromSentence, languageName, messageLanguage, parseInstruction, quotedScript, SCRIPT_LABEL, scriptSentences, textLanguage, voiceLanguageTag,
  type QuotedScript,
} from '../language/index.js';

const closingAsk = /(?:end|finish|close|conclude|ending|wrap(?:ping)? up)\s+(?:it\s+|the video\s+)?(?:with|by|on)\s*:?\s*$/i;

/**
 * The script a prompt quotes to be read as written, when it is the point of the prompt: introduced by a
 * label ("Text:", "ナレーション：") or longer than the instruction around it, and not a closing line asked for.
 */
export function scriptOfPrompt(prompt: string): QuotedScript | null {
  const quoted = quotedScript(prompt);
  if (!quoted || closingAsk.test(quoted.before)) return null;
  const labelled = SCRIPT_LABEL.test(quoted.before);
  const dominant = quoted.script.length >= quoted.instruction.length && quoted.instruction.split(/\s+/).length <= 25;
  return labelled || dominant ? quoted : null;
}

/** Sentences grouped into scenes of up to two sentences; the first scene is the title card. */
function scriptScenes(sentences: readonly string[], title: string): Scene[] {
  const groups: string[][] = [];
  for (const sentence of sentences) {
    const last = groups[groups.length - 1];
    if (last && last.length < 2 && groups.length > 1 && last.join('').length + sentence.length < 160) last.push(sentence);
    else groups.push([sentence]);
  }
  const spaced = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(sentences.join(''));
  return groups.map((group, i) => ({
    id: `s${i + 1}`,
    layout: i === 0 ? 'title' : 'presenter',
    narration: group.join(spaced ? ' ' : ''),
    headline: i === 0 ? title : headingFromSentence(group[0]!, 48),
    presenter: 'none',
    transition: 'fade',
    duration_sec: 0,
  }));
}

/** The slowest natural narration, in words a minute: slower than this sounds like a recording played slow. */
const SLOWEST_WPM = 110;

/**
 * The lowest pace for a script: where it is spoken at SLOWEST_WPM, within 0.5–0.6× (0.5 is the schema's floor). The bound is a
 * speaking rate, not a multiplier, because voices differ: eSpeak's French says about 30 % more words a
 * minute than its English or German at the same setting, so at 0.6× French still ran at ~125 words a minute
 * and a 10-second script stopped at 7.7 s. Scripts without spaces (Japanese, Chinese, Thai) keep 0.6×.
 */
function slowestPace(words: number, secondsAtOne: number): number {
  if (words < 3 || secondsAtOne <= 0) return 0.6;
  return Math.min(0.6, Math.max(0.5, (SLOWEST_WPM * secondsAtOne) / (60 * words)));
}

/** Reaches the target length by pace alone (the words are the user's): a few measured passes, within the natural range up to 1.8×. */
async function fitPace(storyboard: Storyboard, target: number, measurer: SceneMeasurer): Promise<Storyboard> {
  let current = await measurer.storyboard(storyboard);
  const spaced = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(storyboard.scenes.map((s) => s.narration).join(''));
  const words = spaced ? storyboard.scenes.reduce((n, s) => n + s.narration.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0) : 0;
  const floor = slowestPace(words, storyboardDuration(current) - current.scenes.length * SCENE_PADDING_SEC);
  for (let pass = 0; pass < 4; pass++) {
    const total = storyboardDuration(current);
    if (Math.abs(total - target) <= target * 0.04) break;
    const padding = current.scenes.length * SCENE_PADDING_SEC;
    const speech = Math.max(0.5, total - padding);
    const pace = Math.min(1.8, Math.max(floor, (current.pace * speech) / Math.max(0.5, target - padding)));
    if (Math.abs(pace - current.pace) < 0.01) break;
    current = await measurer.storyboard({ ...current, pace: Math.round(pace * 100) / 100 });
  }
  return current;
}

/**
 * A storyboard whose narration is the user's quoted script, word for word, in its own language and voice;
 * the instruction around it sets length, orientation and audience, and the messages speak the user's language.
 */
export async function composeScriptedStoryboard(request: PlanRequest, context: PlannerContext, quoted: QuotedScript): Promise<PlanResult> {
  context.signal.throwIfAborted();
  const userLanguage = messageLanguage(quoted.instruction || quoted.script);
  const messages = AGENT_MESSAGES[userLanguage];
  const language = textLanguage(quoted.script);
  const instruction = parseInstruction(quoted.instruction);
  const gender = wishedPresenterGender(request.prompt);
  const voice = request.voice_id
    ? context.voices.find((v) => v.voice_id === request.voice_id)
    : ((gender ? pickVoice(context.voices, { language: voiceLanguageTag(language), gender }) : null) ?? pickVoice(context.voices, { language: voiceLanguageTag(language) }));
  // Never English (or any other language's voice) reading this text: say what would speak it.
  if (!voice && !request.voice_id) return { kind: 'question', message: messages.noVoice({ language: languageName(language, userLanguage) }) };
  const sentences = scriptSentences(quoted.script);
  const title = headingFromSentence(sentences[0] ?? quoted.script).slice(0, 200) || quoted.script.slice(0, 200);
  const target = request.duration_sec ?? instruction.durationSec;
  let storyboard: Storyboard = {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title,
    language: voice?.language ?? voiceLanguageTag(language),
    orientation: request.orientation ?? instruction.orientation ?? 'landscape',
    duration_target_sec: target,
    voice_id: voice?.voice_id ?? request.voice_id!,
    avatar_id: requestPresenter(request, context, voice?.voice_id ?? request.voice_id!),
    style_id: request.style_id ?? (request.brand_kit ? closestStyleId(request.brand_kit, context.styleIds) : null) ?? context.styleIds[0] ?? 'default',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: scriptScenes(sentences, title),
    ...(request.brand_kit ? { brand: storyboardBrand(request.brand_kit) } : {}),
  };
  const measurer = new SceneMeasurer(context.measure, context.signal);
  context.onProgress(0.2);
  storyboard = target ? await fitPace(storyboard, target, measurer) : await measurer.storyboard(storyboard);
  storyboard = validateStoryboard(storyboard);
  context.onProgress(1);
  const seconds = Math.round(storyboardDuration(storyboard));
  const parts = [
    messages.planned({ title, scenes: storyboard.scenes.length, seconds, vertical: storyboard.orientation === 'portrait', voice: languageName(storyboard.language, userLanguage) }),
    messages.understood({ audience: instruction.audience }),
    target && Math.abs(seconds - target) > target * 0.15 ? messages.lengthMiss({ seconds, target }) : '',
  ];
  return { kind: 'storyboard', storyboard, message: parts.filter(Boolean).join(' ') };
}
