/**
 * The API's error table: every code the server can answer with, its HTTP status and a default message.
 * `docs/errors.md` documents each one; a test keeps the two in step.
 */
export const errorCodes = {
  validation_error: { status: 400, message: 'The request is not valid.' },
  unauthorized: { status: 401, message: 'A valid API key is required (X-Api-Key or Authorization: Bearer).' },
  forbidden: { status: 403, message: 'This key may not do that.' },
  not_found: { status: 404, message: 'No such resource.' },
  conflict: { status: 409, message: 'The request conflicts with the current state of the resource.' },
  request_in_progress: { status: 409, message: 'A request with this Idempotency-Key is still being handled.' },
  payload_too_large: { status: 413, message: 'The request body or file is too large.' },
  unsupported_media_type: { status: 415, message: 'That file type is not supported.' },
  asset_not_available: { status: 422, message: 'The asset is not available.' },
  download_failed: { status: 422, message: 'A file could not be downloaded.' },
  rate_limit_exceeded: { status: 429, message: 'Too many active jobs for this key; try again later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCodes;
