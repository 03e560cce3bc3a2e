/**
 * An outbound URL refused by the outbound policy (a loopback, private, link-local, metadata or unspecified
 * address, or a scheme other than http/https). Callers turn it into the API error that fits where the URL came
 * from (validation_error naming the field at request time, a failed attempt for a webhook delivery).
 */
export class BlockedUrlError extends Error {
  override readonly name = 'BlockedUrlError';
  constructor(
    message: string,
    /** The host or address that was refused. */
    readonly host: string,
  ) {
    super(message);
  }
}

export function isBlockedUrlError(error: unknown): error is BlockedUrlError {
  return error instanceof BlockedUrlError;
}
