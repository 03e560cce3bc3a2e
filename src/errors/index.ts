export { errorCodes, type ErrorCode } from './error-codes.js';
export { AppError, isAppError, invalid } from './app-error.js';
export { PermanentError, CancelledError, isCancelled } from './retry.js';
