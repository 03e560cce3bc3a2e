/** Why a model operation failed, as a person can act on it. */
export type ModelErrorCode = 'unknown_model' | 'not_installed' | 'network' | 'not_found' | 'http' | 'checksum_mismatch' | 'disk_full' | 'cancelled';

export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    readonly code: ModelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isModelError(value: unknown): value is ModelError {
  return value instanceof ModelError;
}
