import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { AppError, errorCodes, isAppError, type ErrorCode } from '../../errors/index.js';
import type { ErrorEnvelope } from './envelope.js';

/** `/files/0/url` → `files[0].url`: the field name as a client wrote it. */
export function fieldPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

/** The field at fault in an Ajv error; a missing property names the property itself. */
export function validationParam(error: FastifySchemaValidationError, context: string | undefined): string {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') pointer += `/${params.missingProperty}`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') pointer += `/${params.additionalProperty}`;
  const path = fieldPath(pointer);
  return path === '' ? (context ?? 'body') : path;
}

function validationMessage(error: FastifySchemaValidationError, param: string, all: readonly FastifySchemaValidationError[]): string {
  const params = error.params as Record<string, unknown>;
  // A union of literals fails once per branch: name every allowed value, not just the first branch's.
  const allowed = all
    .filter((other) => other.keyword === 'const' && other.instancePath === error.instancePath)
    .map((other) => (other.params as { allowedValue?: unknown }).allowedValue);
  if (allowed.length > 1) return `${param} must be one of: ${allowed.map((value) => JSON.stringify(value)).join(', ')}.`;
  if (error.keyword === 'required') return `${param} is required.`;
  if (error.keyword === 'additionalProperties') return `${param} is not a known field.`;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) return `${param} must be one of: ${params.allowedValues.join(', ')}.`;
  if (error.keyword === 'const') return `${param} must be ${JSON.stringify(params.allowedValue)}.`;
  if (error.keyword === 'anyOf') return `${param} is not any of the accepted shapes.`;
  return `${param} ${error.message ?? 'is not valid'}.`;
}

/** Translates anything thrown on the way to a response into one of the table's codes. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (Array.isArray(fastifyError.validation) && fastifyError.validation.length > 0) {
    const first = fastifyError.validation[0]!;
    const param = validationParam(first, fastifyError.validationContext);
    return new AppError('validation_error', validationMessage(first, param, fastifyError.validation), { param, cause: error });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', undefined, { cause: error });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'That Content-Type is not accepted here.', { cause: error });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_error', 'The body is not valid JSON.', { param: 'body', cause: error });
  }
  // busboy's complaint about a multipart Content-Type without a boundary carries no code or status.
  if (fastifyError.message === 'Boundary not found' || fastifyError.message === 'Multipart: Boundary not found') {
    return new AppError('validation_error', 'A multipart/form-data body needs a boundary in its Content-Type.', { param: 'content-type', cause: error });
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  const byStatus: Partial<Record<number, ErrorCode>> = { 400: 'validation_error', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 414: 'not_found', 406: 'unsupported_media_type', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limit_exceeded' };
  const code = byStatus[status] ?? (status >= 400 && status < 500 ? 'validation_error' : 'internal_error');
  // Fastify's own 4xx messages are safe to show; anything else stays private.
  const message = code === 'internal_error' ? errorCodes.internal_error.message : fastifyError.message;
  return new AppError(code, message, { cause: error });
}

export function errorBody(error: AppError): ErrorEnvelope {
  return { error: { code: error.code, message: error.message, ...(error.param === undefined ? {} : { param: error.param }) } };
}

/** The one error handler: every failure leaves as the error envelope with its status and headers. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): ErrorEnvelope {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: appError.code, param: appError.param }, appError.message);
  reply.code(appError.status).headers(appError.headers).type('application/json; charset=utf-8');
  return errorBody(appError);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): ErrorEnvelope {
  reply.code(404).type('application/json; charset=utf-8');
  return errorBody(new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
}
