import type { LanguageModel, ModelMessage, UserContent } from 'ai';
import { STORYBOARD_SCHEMA, validateStoryboard, type Scene, type Storyboard } from '../../storyboard/index.js';
import { PermanentError } from '../../errors/index.js';
import type { Attachment, Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../planner.js';
import { closestStyleId, storyboardBrand } from '../brand/index.js';
import { clarifyingQuestion, plannedMessage, reviseWithOperations } from '../builtin/index.js';
import { fitDuration, SceneMeasurer } from '../duration/index.js';
import { detectLanguage, detectScriptLanguage, headlineFrom, knownLanguages, splitSentences, type KnownLanguage } from '../text/index.js';
import { pickVoice } from '../voices/index.js';
import { callModel, type CallPolicy } from './call-model.js';
import { InvalidModelOutputError } from './llm-errors.js';
import { planSystemPrompt, planUserPrompt, reviseSystemPrompt, reviseUserPrompt } from './llm-prompts.js';
import { planOutputSchema, reviseOutputSchema, sceneIdsOf, toEditOperation, type PlanOutput, type ReviseOutput } from './llm-schemas.js';

export interface LlmPlannerOptions {
  /** "openai-compatible" or "anthropic": shown in ids and logs. */
  provider: string;
  model: LanguageModel;
  /** Whether the model accepts images: attached images are sent along when it does. */
  acceptsImages: boolean;
  policy: CallPolicy;
  providerOptions?: Record<string, Record<string, string | number | boolean | null>>;
}

const imageTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

function isMedia(a: Attachment): boolean {
  return a.mime_type.startsWith('image/') || a.mime_type.startsWith('video/');
}

function normaliseLanguage(raw: string, fallback: string): string {
  const tag = raw.trim().toLowerCase().replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/.test(tag) ? tag : fallback;
}

function knownLanguage(tag: string): KnownLanguage | undefined {
  const base = tag.slice(0, 2);
  return (knownLanguages as readonly string[]).includes(base) ? (base as KnownLanguage) : undefined;
}

const clip = (text: string | null | undefined, max: number): string | undefined => {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** A model's scene, made valid for its layout (a bullets scene with no bullets is a presenter scene…). */
function sceneFrom(draft: PlanOutput['scenes'][number], id: string, media: readonly Attachment[]): Scene {
  const narration = draft.narration.replace(/\s+/g, ' ').trim().slice(0, 5000);
  const scene: Scene = { id, layout: draft.layout, narration, presenter: 'none', transition: 'fade', duration_sec: 0 };
  const headline = clip(draft.headline, 300) ?? headlineFrom(splitSentences(narration)[0] ?? narration, 7);
  if (headline) scene.headline = headline;
  const bullets = (draft.bullets ?? []).map((b) => clip(b, 300)).filter((b): b is string => !!b).slice(0, 8);
  if (bullets.length > 0) scene.bullets = bullets;
  const stat = clip(draft.stat, 40);
  if (stat) scene.stat = stat;
  const attribution = clip(draft.attribution, 200);
  if (attribution) scene.attribution = attribution;
  const asset = media.find((m) => m.asset_id === draft.media_asset_id);
  if (asset) scene.media = { asset_id: asset.asset_id, fit: 'cover', motion: asset.mime_type.startsWith('image/') ? 'zoom_in' : 'none' };
  if ((scene.layout === 'bullets' && bullets.length < 2) || (scene.layout === 'stat' && !stat) || (scene.layout === 'media' && !asset)) scene.layout = 'presenter';
  return scene;
}

/**
 * A planner backed by a language model through the AI SDK. The model writes the storyboard and turns
 * feedback into the same edit operations as the built-in planner, through schema-checked structured
 * output; everything after that (measuring with the real TTS, fitting the length, validating, applying
 * edits and describing the changes) is the shared code the built-in planner uses too.
 */
export class LlmPlanner implements Planner {
  readonly id: string;

  constructor(private readonly options: LlmPlannerOptions) {
    const modelId = typeof options.model === 'string' ? options.model : options.model.modelId;
    this.id = `llm:${options.provider}:${modelId}`;
  }

  async plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
    context.signal.throwIfAborted();
    const media = request.attachments.filter(isMedia);
    const images = this.options.acceptsImages ? media.filter((m) => m.bytes && imageTypes.includes(m.mime_type)) : [];
    const content: UserContent = [
      { type: 'text', text: planUserPrompt(request, media) },
      ...images.map((m) => ({ type: 'image' as const, image: m.bytes!, mediaType: m.mime_type })),
    ];
    const messages: ModelMessage[] = [{ role: 'user', content }];
    context.onProgress(0.05);
    const draft = await callModel(
      {
        model: this.options.model,
        label: 'storyboard',
        system: planSystemPrompt(context.styleIds),
        messages,
        schema: planOutputSchema,
        signal: context.signal,
        onUsage: context.onUsage,
        ...(this.options.providerOptions ? { providerOptions: this.options.providerOptions } : {}),
        check: (output: PlanOutput) => {
          const scenes = output.scenes.filter((s) => s.narration.trim() !== '');
          if (scenes.length === 0 && output.question?.trim() && !request.skip_agentic_stop) return { ...output, scenes };
          if (scenes.length === 0) throw new InvalidModelOutputError('the storyboard has no scenes with narration; write at least three scenes.');
          if (scenes.length > 60) throw new InvalidModelOutputError(`the storyboard has ${scenes.length} scenes; use at most 40.`);
          if (!output.title.trim()) throw new InvalidModelOutputError('the title is empty.');
          return { ...output, scenes };
        },
      },
      this.options.policy,
    );
    context.onProgress(0.4);
    if (draft.scenes.length === 0) {
      return { kind: 'question', message: draft.question!.trim().slice(0, 2000) || clarifyingQuestion(detectLanguage(request.prompt)) };
    }

    const language = normaliseLanguage(draft.language, detectScriptLanguage(request.prompt) ?? detectLanguage(request.prompt));
    const voice =
      request.voice_id ??
      pickVoice(context.voices, { language })?.voice_id ??
      pickVoice(context.voices, { language: 'en' })?.voice_id ??
      context.voices[0]?.voice_id;
    if (!voice) throw new PermanentError('No voice is available to narrate the video.');
    const modelStyle = draft.style_id && context.styleIds.includes(draft.style_id) ? draft.style_id : null;
    const style = request.style_id ?? (request.brand_kit ? closestStyleId(request.brand_kit, context.styleIds) : null) ?? modelStyle ?? context.styleIds[0] ?? 'default';

    let storyboard: Storyboard = {
      schema: STORYBOARD_SCHEMA,
      version: 1,
      title: draft.title.trim().slice(0, 200),
      language,
      orientation: request.orientation ?? 'landscape',
      duration_target_sec: request.duration_sec ?? (draft.target_seconds !== null && draft.target_seconds >= 5 && draft.target_seconds <= 1800 ? Math.round(draft.target_seconds) : null),
      voice_id: voice,
      avatar_id: request.avatar_id,
      style_id: style,
      pace: 1,
      music: null,
      captions: { enabled: true, style: 'default' },
      scenes: draft.scenes.slice(0, 60).map((s, i) => sceneFrom(s, `s${i + 1}`, request.attachments.filter(isMedia))),
   
      ...(request.brand_kit ? { brand: storyboardBrand(request.brand_kit) } : {}),
    };
    const measurer = new SceneMeasurer(context.measure, context.signal);
    storyboard = await measurer.storyboard(storyboard);
    context.onProgress(0.6);
    let shortfall: { target: number; seconds: number } | null = null;
    // The API field wins; a length named in the prompt ("a 30-second video") counts too.
    const target = request.duration_sec ?? (draft.target_seconds !== null && draft.target_seconds >= 5 && draft.target_seconds <= 1800 ? Math.round(draft.target_seconds) : null);
    if (target !== null) {
      const known = knownLanguage(language);
      const fitted = await fitDuration(storyboard, {
        target,
        measurer,
        reserve: draft.reserve.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean),
        ...(known ? { language: known } : {}),
        onProgress: (f) => context.onProgress(0.6 + 0.35 * f),
      });
      storyboard = fitted.storyboard;
      if (!fitted.reached) shortfall = { target, seconds: fitted.seconds };
    }
    storyboard = validateStoryboard({ ...storyboard, scenes: storyboard.scenes.map((scene, i) => ({ ...scene, id: `s${i + 1}` })) });
    context.onProgress(1);
    return { kind: 'storyboard', storyboard, message: plannedMessage(storyboard, context.voices, shortfall) };
  }

  async revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
    context.signal.throwIfAborted();
    const ids = new Set(request.storyboard.scenes.map((s) => s.id));
    const images = this.options.acceptsImages ? request.attachments.filter((m) => m.bytes && imageTypes.includes(m.mime_type)) : [];
    const content: UserContent = [
      { type: 'text', text: reviseUserPrompt(request.storyboard, request.history, request.message, context.voices, request.attachments) },
      ...images.map((m) => ({ type: 'image' as const, image: m.bytes!, mediaType: m.mime_type })),
    ];
    context.onProgress(0.02);
    const output = await callModel(
      {
        model: this.options.model,
        label: 'edit list',
        system: reviseSystemPrompt(),
        messages: [{ role: 'user', content }],
        schema: reviseOutputSchema,
        signal: context.signal,
        onUsage: context.onUsage,
        ...(this.options.providerOptions ? { providerOptions: this.options.providerOptions } : {}),
        check: (out: ReviseOutput) => {
          const unknown = out.operations.flatMap(sceneIdsOf).filter((id) => !ids.has(id));
          if (unknown.length > 0) {
            throw new InvalidModelOutputError(`there is no scene ${unknown.map((id) => `"${id}"`).join(', ')}; the scene ids are ${[...ids].join(', ')}.`);
          }
          const assets = new Set(request.attachments.map((a) => a.asset_id));
          const strange = out.operations.flatMap((op) => (op.op === 'set_visual' && op.kind === 'user_media' && !assets.has(op.asset_id ?? '') ? [op.asset_id ?? 'null'] : []));
          if (strange.length > 0) throw new InvalidModelOutputError(`user_media needs the asset_id of a file attached to this message, not ${strange.join(', ')}.`);
          return out;
        },
      },
      this.options.policy,
    );
    return reviseWithOperations(request, context, {
      operations: output.operations.map(toEditOperation),
      problems: [],
      unknown: output.not_understood.map((s) => s.trim()).filter(Boolean),
      reply: output.reply,
    });
  }
}
