import { KeyedMutex } from './keyed-mutex.js';

/**
 * A named lock per owner (API key) that holds wherever the data it guards is shared: within one process for
 * SQLite, across every process sharing the database for PostgreSQL. The Store implements it.
 */
export interface OwnerLocks {
  /** Runs `work` while holding the lock `name` of `owner` (e.g. 'brand-kits'); the lock is released when it settles. */
  withOwnerLock<T>(owner: string, name: string, work: () => Promise<T>): Promise<T>;
}

/** Owner locks held in this process only: for a store no other process writes (tests, a single-process server). */
export function localOwnerLocks(): OwnerLocks {
  const mutex = new KeyedMutex();
  return { withOwnerLock: (owner, name, work) => mutex.run(`${name}\u0000${owner}`, work) };
}
