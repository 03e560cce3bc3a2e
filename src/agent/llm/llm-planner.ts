import type { LanguageModel, ModelMessage, UserContent } from 'ai';
import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../planner.js';
import { clarifyingQuestion, reviseWithOperations } from '../builtin/index.js';
import { detectLanguage } from '../text/index.js';
import { callModel, type CallPolicy } from './call-model.js';
import { InvalidModelOutputError } from './llm-errors.js';
import { planSystemPrompt, planUserPrompt, reviseSystemPrompt, reviseUserPrompt } from './llm-prompts.js';
import { planOutputSchema, reviseOutputSchema, sceneIdsOf, toEditOperation, type PlanOutput, type ReviseOutput } from './llm-schemas.js';
import { isMedia, storyboardFromDraft } from './storyboard-from-draft.js';

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

    return storyboardFromDraft(draft, request, context);
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
