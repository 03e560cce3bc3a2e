/**
 * Retry rules as error classes (BullMQ's UnrecoverableError): a job that throws `PermanentError`
 * fails at once; anything else may be retried.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
  }
}

/** Thrown when an AbortSignal fires: the work was cancelled, not broken. */
export class CancelledError extends Error {
  constructor(message = 'Cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export function isCancelled(error: unknown, signal?: AbortSignal): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === 'AbortError') || signal?.aborted === true;
}
