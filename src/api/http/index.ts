export { ok, page, pageOf, Nullable, DataEnvelope, PageEnvelope, ListQuery, toPageQuery, ErrorEnvelope, errorResponses } from './envelope.js';
export { offsetPage } from './offset-page.js';
export { genReqId, requestIdHeader } from './request-id.js';
export { ownerFromKey, apiKeyOf, createAuthHook } from './auth.js';
export { handleError, handleNotFound, toAppError, errorBody, fieldPath, validationParam } from './error-handler.js';
export { createIdempotency, requestHash, idempotencyHeader, type Idempotency } from './idempotency.js';
export { createValidatorCompiler } from './validator-compiler.js';
