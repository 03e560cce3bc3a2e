import { STORYBOARD_SCHEMA, StoryboardValidationError, storyboardDuration, validateStoryboard, type Scene, type Storyboard } from '../../storyboard/index.js';
import { PermanentError } from '../../errors/index.js';
import type { PlannerContext, PlanRequest, PlanResult } from '../planner.js';
import { SceneMeasurer } from '../duration/index.js';
import { breakLongRuns, detectLanguage, detectScriptLanguage, stripEmoji, type KnownLanguage } from '../text/index.js';
import { pickVoice } from '../voices/index.js';
import { requestPresenter, wishedPresenterGender } from '../presenter/index.js';
import { messageLanguage } from '../language/index.js';
import { closestStyleId, storyboardBrand } from '../brand/index.js';
import { hasSubstance, parseRequest, type ParsedRequest } from './parse-request.js';
import { clarifyingQuestion, plannedMessage, scriptLanguageQuestion } from './planner-messages.js';
import { composeScriptedStoryboard, scriptOfPrompt } from './compose-scripted-storyboard.js';
import { bareTopicQuestion, takeProceedAnswers, titleOnlyMessage } from './bare-topic.js';
import { sentenceTitle, topicSentence, topicTitle } from './topic-title.js';
import { cleanVisibleText } from './clean-visible-text.js';
import { materialStoryboard, userMaterial } from './material-scenes.js';

/** What every storyboard of one request shares, whatever its scenes. */
interface Frame {
  request: PlanRequest;
  context: PlannerContext;
  voice: string;
  /** The language the narration is spoken in (a voice language tag for scripts the rules do not write). */
  spokenLanguage: string;
  language: KnownLanguage;
  orientation: Storyboard['orientation'];
  target: number | null;
}

function chooseVoice(request: PlanRequest, context: PlannerContext, spoken: string, language: KnownLanguage): string {
  // "With a female presenter": the voice is hers.
  const gender = wishedPresenterGender(request.prompt);
  const voice =
    request.voice_id ??
    (gender ? pickVoice(context.voices, { language: spoken, gender })?.voice_id : undefined) ??
    pickVoice(context.voices, { language: spoken })?.voice_id ??
    pickVoice(context.voices, { language })?.voice_id ??
    pickVoice(context.voices, { language: 'en' })?.voice_id ??
    context.voices[0]?.voice_id;
  if (!voice) throw new PermanentError('No voice is available to narrate the video.');
  return voice;
}

function storyboardOf(frame: Frame, title: string, scenes: Scene[]): Storyboard {
  const { request, context } = frame;
  return {
    schema: STORYBOARD_SCHEMA,
    version: 1,
    title,
    language: frame.spokenLanguage,
    orientation: frame.orientation,
    duration_target_sec: frame.target,
    voice_id: frame.voice,
    avatar_id: requestPresenter(request, context, frame.voice),
    style_id: request.style_id ?? (request.brand_kit ? closestStyleId(request.brand_kit, context.styleIds) : null) ?? context.styleIds[0] ?? 'default',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes,
    ...(request.brand_kit ? { brand: storyboardBrand(request.brand_kit) } : {}),
  };
}

/** Numbers the scenes in order, removes text no font draws, validates; a failure reads as advice, not a schema path. */
async function finish(storyboard: Storyboard, measurer: SceneMeasurer): Promise<{ storyboard: Storyboard; dropped: string[] }> {
  const cleaned = cleanVisibleText({ ...storyboard, scenes: storyboard.scenes.map((scene, i) => ({ ...scene, id: `s${i + 1}` })) });
  try {
    // Measured again only when a narration lost characters (the measurer remembers the rest).
    const measured = cleaned.dropped.length > 0 ? await measurer.storyboard(cleaned.storyboard) : cleaned.storyboard;
    return { storyboard: validateStoryboard(measured), dropped: cleaned.dropped };
  } catch (error) {
    if (!(error instanceof StoryboardValidationError)) throw error;
    throw new PermanentError('I could not turn this text into scenes. Try splitting it into shorter paragraphs with full stops, or attach it as a document.', { cause: error });
  }
}

/** A bare topic in generate mode: one title scene that says the topic, and a message that a language model would write more. */
async function titleOnlyVideo(frame: Frame, parsed: ParsedRequest, topic: string): Promise<PlanResult> {
  const title = topicTitle(topic, parsed.audience, frame.language);
  const scene: Scene = { id: 's1', layout: 'title', narration: topicSentence(topic, frame.language), headline: title, presenter: 'none', transition: 'fade', duration_sec: 0 };
  const measurer = new SceneMeasurer(frame.context.measure, frame.context.signal);
  const { storyboard } = await finish(await measurer.storyboard(storyboardOf(frame, title, [scene])), measurer);
  frame.context.onProgress(1);
  return { kind: 'storyboard', storyboard, message: titleOnlyMessage(storyboard.title, Math.round(storyboardDuration(storyboard)), frame.language) };
}

/** Plans a storyboard from the user's own words and documents; a bare topic gets a question back, or a short title video. */
export async function composeStoryboard(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
  context.signal.throwIfAborted();
  // A quoted script ("Text: «…»", 「…」) is narrated as written; the words around it only steer.
  const quoted = request.attachments.length === 0 ? scriptOfPrompt(request.prompt) : null;
  if (quoted) return composeScriptedStoryboard(request, context, quoted);
  const answered = takeProceedAnswers(breakLongRuns(stripEmoji(request.prompt)));
  const skipStop = request.skip_agentic_stop || answered.proceed;
  const parsed = parseRequest(answered.prompt);
  const documents = request.attachments.map((a) => breakLongRuns(stripEmoji(a.text ?? ''))).filter((t) => t.trim() !== '');
  const material = [parsed.content, ...documents].filter((t) => t.trim() !== '').join('\n\n');
  const sample = `${answered.prompt}\n${material.slice(0, 4000)}`;
  const language = detectLanguage(sample);
  if (!parsed.topic && !hasSubstance(material)) {
    if (!skipStop) return { kind: 'question', message: clarifyingQuestion(language) };
    throw new PermanentError('There is nothing to make a video about yet: send a topic, the text to narrate, or a document.');
  }
  context.onProgress(0.05);
  const spokenLanguage = detectScriptLanguage(sample) ?? language;
  const frame: Frame = {
    request,
    context,
    voice: chooseVoice(request, context, spokenLanguage, language),
    spokenLanguage,
    language,
    orientation: request.orientation ?? parsed.orientation ?? 'landscape',
    target: request.duration_sec ?? parsed.durationSec,
  };
  const own = userMaterial(parsed, documents, language);
  if (own === null) {
    const topic = parsed.topic!;
    // A topic in a script the rules have no wording for (Japanese, Russian…): ask for the narration itself.
    if (!skipStop && spokenLanguage !== language) return { kind: 'question', message: scriptLanguageQuestion(spokenLanguage) };
    if (!skipStop) return { kind: 'question', message: bareTopicQuestion(topic, parsed.kind, language) };
    return titleOnlyVideo(frame, parsed, topic);
  }
  const measurer = new SceneMeasurer(context.measure, context.signal);
  const planned = await materialStoryboard(own, parsed, storyboardOf(frame, '', []), {
    language,
    target: frame.target,
    measurer,
    onProgress: (f) => context.onProgress(0.1 + 0.85 * f),
    titleFor: (firstSentence) => (parsed.topic ? topicTitle(parsed.topic, parsed.audience, language) : sentenceTitle(firstSentence, language)),
    topicLine: parsed.topic ? topicSentence(parsed.topic, language) : null,
  });
  const { storyboard, dropped } = await finish(planned.storyboard, measurer);
  context.onProgress(1);
  return { kind: 'storyboard', storyboard, message: plannedMessage(storyboard, context.voices, planned.shortfall, dropped, messageLanguage(answered.prompt)) };
}
