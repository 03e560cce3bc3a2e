import { errorCodes, type ErrorCode } from './error-codes.js';

/** The one error class that crosses the HTTP edge: a code from the table, a message, and the field at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { param?: string; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message ?? errorCodes[code].message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.param = options.param;
    this.headers = options.headers ?? {};
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Shorthand for the most common error: a field that fails validation. */
export function invalid(param: string, message: string): AppError {
  return new AppError('validation_error', message, { param });
}
