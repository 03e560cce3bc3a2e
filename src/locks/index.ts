export { KeyedMutex } from './keyed-mutex.js';
export { localOwnerLocks, type OwnerLocks } from './owner-locks.js';
