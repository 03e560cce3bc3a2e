import { z } from 'zod';
import { layouts } from '../../storyboard/index.js';
import { LlmPlannerError, reviseOutputSchema, type ReviseOutput } from '../llm/index.js';

/*
 * JSON schemas in node-llama-cpp's grammar subset. Every string and list has an upper bound: under a grammar a
 * model cannot stop early, so the bounds are what guarantee that any model (even one with random weights)
 * finishes a valid object within its token budget. The bounds are counted in characters by the grammar; the
 * planner still cleans and clips what comes back.
 */

const sceneLayouts = layouts.filter((layout) => layout !== 'media');

export function outlineSchema(maxScenes: number): object {
  return {
    type: 'object',
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 80 },
      scenes: {
        type: 'array',
        minItems: Math.min(2, maxScenes),
        maxItems: maxScenes,
        items: {
          type: 'object',
          properties: {
            layout: { enum: sceneLayouts },
            headline: { type: 'string', minLength: 1, maxLength: 60 },
            point: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
  };
}

export const outlineOutput = z.object({
  title: z.string(),
  scenes: z.array(z.object({ layout: z.enum(layouts), headline: z.string(), point: z.string() })),
});
export type OutlineOutput = z.infer<typeof outlineOutput>;

export const sceneSchema: object = {
  type: 'object',
  properties: {
    narration: { type: 'string', minLength: 10, maxLength: 420 },
    bullets: { type: 'array', maxItems: 5, items: { type: 'string', minLength: 1, maxLength: 60 } },
    stat: { type: 'string', maxLength: 20 },
    attribution: { type: 'string', maxLength: 60 },
  },
};

export const sceneOutput = z.object({ narration: z.string(), bullets: z.array(z.string()), stat: z.string(), attribution: z.string() });
export type SceneOutput = z.infer<typeof sceneOutput>;

type Json = { [key: string]: unknown };

/**
 * A JSON schema (as zod writes it) in the grammar subset: anyOf becomes oneOf, a literal a const, nullable a
 * oneOf with null, and every string and list gets an upper bound.
 */
export function toGrammarSchema(node: Json, bounds: { maxString: number; maxItems: number }): Json {
  const list = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (list) return { oneOf: list.map((item) => toGrammarSchema(item, bounds)) };
  if ('const' in node) return { const: node.const };
  if (Array.isArray(node.enum)) return { enum: node.enum };
  switch (node.type) {
    case 'object': {
      const properties = (node.properties ?? {}) as Record<string, Json>;
      return { type: 'object', properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toGrammarSchema(value, bounds)])) };
    }
    case 'array':
      return { type: 'array', maxItems: bounds.maxItems, items: toGrammarSchema((node.items ?? {}) as Json, bounds) };
    case 'string':
      return { type: 'string', maxLength: bounds.maxString };
    default:
      return { type: node.type };
  }
}

/** The edit list of a revision, as a grammar (built once). */
export const reviseGrammarSchema = toGrammarSchema(z.toJSONSchema(reviseOutputSchema) as Json, { maxString: 600, maxItems: 8 });

/** Drops what a small model's bytes may hold but text must not: invalid UTF-8 (U+FFFD), control characters. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\uFFFD\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(/\s+/g, ' ').trim() as T;
  }
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)])) as T;
  return value;
}

const operationOutput = reviseOutputSchema.shape.operations.element;

/**
 * The edit list from an answer the grammar shaped. The grammar keeps the JSON's shape but not every bound the
 * schema checks (a number's digits can overflow to Infinity, for one), so each edit is checked on its own
 * and one that does not fit is left out rather than failing the whole answer.
 */
export function readEditList(value: unknown): ReviseOutput {
  if (value === null || typeof value !== 'object') throw new LlmPlannerError('The local model answered the feedback with something other than an edit list.');
  const answer = value as Record<string, unknown>;
  const operations = Array.isArray(answer.operations) ? answer.operations.flatMap((op) => {
    const parsed = operationOutput.safeParse(op);
    return parsed.success ? [parsed.data] : [];
  }) : [];
  const notUnderstood = Array.isArray(answer.not_understood) ? answer.not_understood.filter((item): item is string => typeof item === 'string') : [];
  return { operations, reply: typeof answer.reply === 'string' ? answer.reply : null, not_understood: notUnderstood };
}
