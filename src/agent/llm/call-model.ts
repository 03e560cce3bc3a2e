import { APICallError, generateText, NoObjectGeneratedError, NoOutputGeneratedError, Output, type LanguageModel, type ModelMessage } from 'ai';
import type { z } from 'zod';
import { CancelledError } from '../../errors/index.js';
import type { TokenUsage } from '../planner.js';
import { InvalidModelOutputError, LlmPlannerError } from './llm-errors.js';

export interface CallPolicy {
  /** Bound on one HTTP call to the model. */
  timeoutMs: number;
  /** Calls made at most for one turn when the server fails (429, 5xx, timeouts, network). */
  maxAttempts: number;
  /** Calls made at most for one turn when the answer does not fit the schema. */
  maxOutputAttempts: number;
  /** First backoff delay; doubled each time, with jitter. A Retry-After header wins (up to 30 s). */
  baseDelayMs: number;
}

export interface CallRequest<T, R> {
  model: LanguageModel;
  label: string;
  system: string;
  messages: ModelMessage[];
  schema: z.ZodType<T>;
  /** Checks what the schema cannot (ids exist, lists are not empty…) and shapes the result; throws InvalidModelOutputError. */
  check: (output: T) => R;
  signal: AbortSignal;
  onUsage?: ((usage: TokenUsage) => void) | undefined;
  providerOptions?: Record<string, Record<string, string | number | boolean | null>>;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CancelledError());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

function retryAfterMs(error: APICallError): number | null {
  const headers = error.responseHeaders ?? {};
  const ms = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, 30_000);
  const seconds = Number.parseFloat(headers['retry-after'] ?? '');
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 30_000);
  return null;
}

function usageOf(usage: { inputTokens: number | undefined; outputTokens: number | undefined } | undefined): TokenUsage | null {
  if (!usage || (usage.inputTokens === undefined && usage.outputTokens === undefined)) return null;
  return { input_tokens: usage.inputTokens ?? 0, output_tokens: usage.outputTokens ?? 0 };
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/**
 * One structured-output call with the retry rules of a planner turn: 429 and 5xx answers, timeouts and
 * network failures back off and retry; output that does not parse or does not fit the schema (or the
 * check) is retried with the reason sent back to the model; a 4xx such as a bad key fails at once.
 * Cancelling `signal` stops at once with CancelledError. The SDK's own retries are off, so these rules
 * are the only ones.
 */
export async function callModel<T, R>(request: CallRequest<T, R>, policy: CallPolicy): Promise<R> {
  const messages = [...request.messages];
  let transportFailures = 0;
  let outputFailures = 0;
  for (;;) {
    if (request.signal.aborted) throw new CancelledError();
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    let retryable: { reason: string; delayMs: number | null } | null = null;
    try {
      const result = await generateText({
        model: request.model,
        system: request.system,
        messages,
        output: Output.object({ schema: request.schema }),
        maxRetries: 0,
        temperature: 0.2,
        // Explicit, so providers do not guess (and warn) for models they do not know.
        maxOutputTokens: 8192,
        abortSignal: AbortSignal.any([request.signal, timeout]),
        ...(request.providerOptions ? { providerOptions: request.providerOptions } : {}),
      });
      const usage = usageOf(result.totalUsage);
      if (usage) request.onUsage?.(usage);
      try {
        return request.check(result.output as T);
      } catch (error) {
        if (!(error instanceof InvalidModelOutputError)) throw error;
        outputFailures++;
        if (outputFailures >= policy.maxOutputAttempts) {
          throw new LlmPlannerError(`The language model's ${request.label} did not make sense after ${outputFailures} attempts (${error.message}).`, { cause: error });
        }
        messages.push({ role: 'assistant', content: JSON.stringify(result.output) });
        messages.push({ role: 'user', content: `That answer cannot be used: ${error.message} Answer again with the whole JSON object, corrected.` });
        continue;
      }
    } catch (error) {
      if (request.signal.aborted) throw new CancelledError();
      if (error instanceof LlmPlannerError) throw error;
      if (NoObjectGeneratedError.isInstance(error) || NoOutputGeneratedError.isInstance(error)) {
        const usage = NoObjectGeneratedError.isInstance(error) ? usageOf(error.usage) : null;
        if (usage) request.onUsage?.(usage);
        outputFailures++;
        if (outputFailures >= policy.maxOutputAttempts) {
          throw new LlmPlannerError(`The language model kept answering the ${request.label} with output that does not fit the schema (${outputFailures} attempts: ${shortReason(error.cause ?? error)}).`, { cause: error });
        }
        const text = NoObjectGeneratedError.isInstance(error) ? error.text : undefined;
        if (text) messages.push({ role: 'assistant', content: text.slice(0, 20_000) });
        messages.push({ role: 'user', content: `Your answer was not valid JSON for the schema (${shortReason(error.cause ?? error)}). Answer again with only the JSON object.` });
        continue;
      }
      if (timeout.aborted) retryable = { reason: `no answer within ${Math.round(policy.timeoutMs / 1000)} s`, delayMs: 0 };
      else if (APICallError.isInstance(error)) {
        if (!error.isRetryable) {
          throw new LlmPlannerError(`The language model refused the ${request.label} request (HTTP ${error.statusCode ?? '?'}: ${shortReason(error.responseBody ?? error.message)}).`, { cause: error });
        }
        retryable = { reason: error.statusCode ? `HTTP ${error.statusCode}` : shortReason(error.message), delayMs: retryAfterMs(error) };
      } else if (error instanceof TypeError || (error instanceof Error && /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(error.message))) {
        retryable = { reason: shortReason(error.message), delayMs: null };
      } else {
        throw new LlmPlannerError(`The language model call for the ${request.label} failed: ${shortReason(error)}.`, { cause: error });
      }
    }
    transportFailures++;
    if (transportFailures >= policy.maxAttempts) {
      throw new LlmPlannerError(`The language model did not answer the ${request.label} after ${transportFailures} attempts (last: ${retryable.reason}). Try again in a moment.`);
    }
    const backoff = policy.baseDelayMs * 2 ** (transportFailures - 1) * (0.75 + Math.random() * 0.5);
    await sleep(retryable.delayMs ?? backoff, request.signal);
  }
}
