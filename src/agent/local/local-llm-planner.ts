import { CancelledError } from '../../errors/index.js';
import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../planner.js';
import { reviseWithOperations } from '../builtin/index.js';
import { languageName, textLanguage } from '../language/index.js';
import { LlmPlannerError, reviseOutputSchema, reviseSystemPrompt, reviseUserPrompt, sceneIdsOf, storyboardFromDraft, toEditOperation, WORDS_PER_SECOND, type PlanOutput } from '../llm/index.js';
import type { JsonCall, LocalLlm } from './llama-runtime.js';
import { outlinePrompt, outlineSystem, scenePrompt, sceneSystem } from './local-prompts.js';
import { cleanStrings, outlineOutput, readEditList, outlineSchema, reviseGrammarSchema, sceneOutput, sceneSchema, type OutlineOutput } from './local-schemas.js';

export interface LocalPlannerOptions {
  /** Shown in the planner id ("local:qwen2.5-1.5b-instruct"). */
  modelId: string;
  /** Loads the model once, at the first turn (a second or more for a 1 GB file). */
  load: () => Promise<LocalLlm>;
  /** Bound on one turn; past it the turn fails (and a fallback chain moves on). */
  timeoutMs: number;
  /** Token budgets per call. */
  maxTokens: { outline: number; scene: number; revise: number };
  /** Appended to system prompts (Qwen3's "/no_think"). */
  systemSuffix?: string;
}

/**
 * Tokens per call: enough for the schemas' character bounds even in scripts that take a token per character
 * (Chinese, Japanese), so only a model that loops past them is cut.
 */
export const LOCAL_TOKEN_BUDGETS = { outline: 2000, scene: 900, revise: 1500 } as const;

/** Length asked for, or what a short explainer runs without one. */
const DEFAULT_SECONDS = 45;

/**
 * A planner running a GGUF model in-process with node-llama-cpp. Generation is constrained by a grammar built
 * from a JSON schema, and done in small steps (an outline, then each scene with the outline in view) so a
 * small model stays on topic; progress names the step. The draft then goes through the same code as every
 * model-backed planner (measuring, fitting the length, validation); feedback becomes the same edit operations.
 * Turns run one at a time: two on a 2-core machine would only make both slow.
 */
export class LocalLlmPlanner implements Planner {
  readonly id: string;
  private model: Promise<LocalLlm> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LocalPlannerOptions) {
    this.id = `local:${options.modelId}`;
  }

  plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
    return this.turn(context, async (ask, signal) => {
      const language = languageName(textLanguage(request.prompt), 'en');
      const suffix = this.options.systemSuffix ?? '';
      const seconds = request.duration_sec ?? DEFAULT_SECONDS;
      const count = Math.max(3, Math.min(10, Math.round(seconds / 9)));
      context.onProgress(0.02, 'writing the outline');
      const outline = await this.outline(ask, { request, language, suffix, count, seconds, signal });
      const words = Math.max(12, Math.round((seconds * WORDS_PER_SECOND * 0.85) / outline.scenes.length));
      const scenes: PlanOutput['scenes'] = [];
      for (const [index, planned] of outline.scenes.entries()) {
        context.onProgress(0.05 + (0.5 * index) / outline.scenes.length, `writing scene ${index + 1} of ${outline.scenes.length}`);
        const answer = await ask({ label: `scene ${index + 1}`, system: sceneSystem(language, suffix), prompt: scenePrompt(request, outline, index, words), schema: sceneSchema, maxTokens: this.options.maxTokens.scene, signal });
        const scene = sceneOutput.parse(cleanStrings(answer.value));
        if (!scene.narration) continue;
        scenes.push({ layout: planned.layout, narration: scene.narration, headline: planned.headline || null, bullets: scene.bullets.filter(Boolean), stat: scene.stat || null, attribution: scene.attribution || null, media_asset_id: null });
      }
      if (scenes.length === 0) throw new LlmPlannerError('The local model wrote no usable narration.');
      context.onProgress(0.58, 'measuring the narration');
      const draft: PlanOutput = { question: null, title: outline.title, language: textLanguage(request.prompt), style_id: null, target_seconds: request.duration_sec, scenes, reserve: [] };
      return storyboardFromDraft(draft, request, context);
    });
  }

  revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
    return this.turn(context, async (ask, signal) => {
      context.onProgress(0.05, 'reading the feedback');
      const answer = await ask({
        label: 'edit list',
        system: [reviseSystemPrompt(), this.options.systemSuffix ?? ''].filter(Boolean).join('\n'),
        prompt: reviseUserPrompt(request.storyboard, request.history, request.message, context.voices),
        schema: reviseGrammarSchema,
        maxTokens: this.options.maxTokens.revise,
        signal,
      });
      const edits = readEditList(cleanStrings(answer.value));
      const ids = new Set(request.storyboard.scenes.map((scene) => scene.id));
      const usable = edits.operations.filter((op) => sceneIdsOf(op).every((id) => ids.has(id)));
      return reviseWithOperations(request, context, {
        operations: usable.map(toEditOperation),
        problems: [],
        unknown: edits.not_understood.filter(Boolean),
        reply: edits.reply,
      });
    });
  }

  private async outline(ask: (call: JsonCall) => Promise<{ value: unknown }>, input: { request: PlanRequest; language: string; suffix: string; count: number; seconds: number; signal: AbortSignal }): Promise<OutlineOutput> {
    const answer = await ask({
      label: 'outline',
      system: outlineSystem(input.language, input.suffix),
      prompt: outlinePrompt(input.request, input.count, input.seconds),
      schema: outlineSchema(input.count),
      maxTokens: this.options.maxTokens.outline,
      signal: input.signal,
    });
    const outline = outlineOutput.parse(cleanStrings(answer.value));
    const scenes = outline.scenes.filter((scene) => scene.headline || scene.point);
    if (scenes.length === 0 || !outline.title) throw new LlmPlannerError('The local model wrote an empty outline.');
    return { title: outline.title, scenes };
  }

  /** One turn: queued behind the others, the model loaded once, bounded by the timeout, cancelled with the session. */
  private turn<T>(context: PlannerContext, work: (ask: (call: JsonCall) => Promise<{ value: unknown; tokens: number }>, signal: AbortSignal) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      context.signal.throwIfAborted();
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = AbortSignal.any([context.signal, timeout]);
      try {
        this.model ??= this.options.load().catch((error: unknown) => {
          this.model = null;
          throw error;
        });
        const model = await this.model;
        return await model.session((ask) => work(ask, signal));
      } catch (error) {
        if (context.signal.aborted) throw new CancelledError();
        if (timeout.aborted) throw new LlmPlannerError(`The local model did not finish within ${Math.round(this.options.timeoutMs / 100) / 10} s.`, { cause: error });
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
