import type pg from 'pg';

/** SQLSTATEs that say the server went away or is not taking connections, not that the statement was wrong. */
const lostCodes = new Set(['57P01', '57P02', '57P03', '53300']);
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNABORTED']);
const lostMessages = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i;

/**
 * True for errors of a PostgreSQL connection that mean "the server is unreachable right now" (restarting,
 * shutting down, the socket cut): trying again once it is back is right. Class 08 (connection exception), admin
 * shutdown / cannot connect now, node's socket errors, node-postgres's messages for a cut connection. Only for
 * errors known to come from PostgreSQL (a socket error from elsewhere looks the same).
 */
export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('08') || lostCodes.has(code) || socketCodes.has(code))) return true;
    if (lostMessages.test(String((e as { message?: unknown }).message ?? ''))) return true;
  }
  return false;
}

/**
 * A store statement failed because PostgreSQL was unreachable (e.g. restarting). Says nothing about the
 * statement itself: the work that ran it should be tried again later rather than recorded as failed.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'database_unavailable';
  constructor(cause: unknown) {
    super(`The database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseUnavailableError || (e as { name?: unknown }).name === 'DatabaseUnavailableError') return true;
  }
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `connect()` that waits out a restart: a connection that could not be opened ran nothing, so opening it again
 * is always safe. Gives up after `budgetMs` with the last error.
 */
export async function connectWithRetry<C>(connect: () => Promise<C>, budgetMs = 15_000): Promise<C> {
  const until = Date.now() + budgetMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 1_000)) {
    try {
      return await connect();
    } catch (error) {
      if (!isConnectionError(error) || Date.now() + delay > until) throw error;
      await sleep(delay);
    }
  }
}

/**
 * The pool as Kysely sees it: connecting waits out a restart, and a statement cut off by a lost connection
 * rejects with DatabaseUnavailableError (its cause the driver's error), so callers can tell "try later" from
 * "this statement is wrong". One wrapper per pg client, as Kysely keys its connections by client.
 */
export function guardPool(pool: pg.Pool): { connect(): Promise<pg.PoolClient>; end(): Promise<void> } {
  const wrappers = new WeakMap<pg.PoolClient, pg.PoolClient>();
  const wrap = (client: pg.PoolClient): pg.PoolClient => {
    let wrapper = wrappers.get(client);
    if (wrapper === undefined) {
      const query = (...args: unknown[]): unknown => {
        const result = (client.query as (...a: unknown[]) => unknown)(...args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
          });
        }
        return result;
      };
      wrapper = { query, release: (destroy?: boolean | Error) => client.release(destroy) } as unknown as pg.PoolClient;
      wrappers.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    connect: async () => {
      try {
        return wrap(await connectWithRetry(() => pool.connect()));
      } catch (error) {
        throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
      }
    },
    end: () => pool.end(),
  };
}

/**
 * SQLSTATEs of a catalog read that met a schema or table being dropped: no such schema, no such relation, and the
 * internal error of a relation gone between the plan and the read ("could not open relation with OID …").
 */
const droppedMeanwhileCodes = new Set(['3F000', '42P01', 'XX000']);

/**
 * True when a statement reading the whole catalog (Kysely's migrator checks its tables that way) failed on another
 * schema's objects vanishing under it: `ours` is not named, so trying again is right.
 */
export function isOtherSchemaChanging(error: unknown, ours: string): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = String((error as { message?: unknown } | undefined)?.message ?? '');
  return typeof code === 'string' && droppedMeanwhileCodes.has(code) && !message.includes(`"${ours}"`) && !message.includes(`${ours}.`);
}
