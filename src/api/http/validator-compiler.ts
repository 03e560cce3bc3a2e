import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

const shared: Options = { useDefaults: true, removeAdditional: true, allErrors: false, addUsedSchema: false };

/**
 * JSON bodies are validated as sent: `{"prompt": 42}` is an error, not the string "42" (Fastify's default
 * coerces types everywhere). Query strings and path parameters arrive as text, so they are still coerced.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<FastifySchema> {
  const strict = new Ajv({ ...shared, coerceTypes: false });
  const coercing = new Ajv({ ...shared, coerceTypes: 'array' });
  addFormats.default(strict);
  addFormats.default(coercing);
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
