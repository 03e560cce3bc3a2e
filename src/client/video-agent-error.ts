/** The error codes the API answers with (docs/errors.md), plus the client's own for failures before a reply. */
export type VideoAgentErrorCode =
  | 'validation_error'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'request_in_progress'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'asset_not_available'
  | 'download_failed'
  | 'rate_limit_exceeded'
  | 'internal_error'
  /** The server could not be reached, or the connection broke (status 0). */
  | 'network_error'
  /** The server answered with something that is not the API's JSON envelope. */
  | 'invalid_response'
  /** `waitFor` gave up after its timeout (status 0). */
  | 'timeout'
  | (string & {});

/** Every failure the client reports: the API's error envelope, typed, with the request id to quote in a bug report. */
export class VideoAgentError extends Error {
  readonly code: VideoAgentErrorCode;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The field at fault, for validation errors. */
  readonly param: string | undefined;
  /** The server's X-Request-Id, when a response arrived. */
  readonly requestId: string | undefined;
  /** Seconds from Retry-After, on 429/503. */
  readonly retryAfterSec: number | undefined;

  constructor(
    code: VideoAgentErrorCode,
    message: string,
    options: { status?: number; param?: string; requestId?: string; retryAfterSec?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VideoAgentError';
    this.code = code;
    this.status = options.status ?? 0;
    this.param = options.param;
    this.requestId = options.requestId;
    this.retryAfterSec = options.retryAfterSec;
  }
}

export function isVideoAgentError(value: unknown): value is VideoAgentError {
  return value instanceof VideoAgentError;
}
