/** The model answered, but not with something we can use; the call is retried with the reason. */
export class InvalidModelOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidModelOutputError';
  }
}

/**
 * A language-model turn that failed for good (after retries, or at once for a bad key or model name).
 * Its message is written for the user: the session layer shows it as the turn's error message.
 */
export class LlmPlannerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LlmPlannerError';
  }
}
