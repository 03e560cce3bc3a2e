import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';
import type { Store } from '../../store/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `false`: the route handles Idempotency-Key itself (multipart uploads call `begin` once the bytes are
     * read), or not at all. Default: automatic for POST.
     */
    idempotency?: boolean;
  }
}

export const idempotencyHeader = 'idempotency-key';
const validKey = /^[A-Za-z0-9_:.-]{1,255}$/;
const dayMs = 24 * 3600 * 1000;

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same body. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a request's replay is matched on: method, path and body. */
export function requestHash(request: FastifyRequest, body: unknown = request.body): string {
  return createHash('sha256').update(`${request.method} ${request.url}\n${stableJson(body ?? null)}`).digest('hex');
}

export interface Idempotency {
  /**
   * Claims the request's Idempotency-Key (if any) for `bodyHash`. Returns true when the handler should run;
   * false when a stored response was replayed on `reply`. Throws 409 `request_in_progress` / `conflict`.
   */
  begin(request: FastifyRequest, reply: FastifyReply, bodyHash: string): Promise<boolean>;
  /** preHandler for JSON POSTs: `begin` with the hash of the parsed body. */
  preHandler(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** onSend: stores the response of a claimed key (or frees the key after a 429/5xx so a retry can run). */
  onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown>;
  /** onResponse: frees a key whose request ended without a stored response. */
  onResponse(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/**
 * Idempotency-Key handling on the store's claim/complete/release. Register the three hooks on a scope
 * (buildApp does it for /v3, so every POST there has it); routes with `config.idempotency: false` call
 * `begin` themselves.
 */
export function createIdempotency(store: Store, options: { ttlMs?: number; now?: () => number } = {}): Idempotency {
  const ttlMs = options.ttlMs ?? dayMs;
  const now = options.now ?? Date.now;
  const claimed = new WeakMap<FastifyRequest, { owner: string; key: string; settled: boolean }>();
  let lastPrune = 0;

  function keyOf(request: FastifyRequest): string | null {
    const header = request.headers[idempotencyHeader];
    if (header === undefined) return null;
    if (typeof header !== 'string' || !validKey.test(header)) {
      throw new AppError('validation_error', 'Idempotency-Key must be 1–255 characters of A–Z, a–z, 0–9, _ : . -', { param: 'Idempotency-Key' });
    }
    return header;
  }

  async function begin(request: FastifyRequest, reply: FastifyReply, bodyHash: string): Promise<boolean> {
    const key = keyOf(request);
    if (key === null) return true;
    const owner = request.owner;
    const at = now();
    if (at - lastPrune > 3600_000) {
      lastPrune = at;
      store.pruneIdempotencyKeys(at - ttlMs).catch((error: unknown) => request.log.warn({ err: error }, 'pruning idempotency keys failed'));
    }
    const record = { owner, key, body_hash: bodyHash, response: null, created_at: at };
    let existing = await store.claimIdempotencyKey(record);
    if (existing && existing.created_at < at - ttlMs) {
      await store.releaseIdempotencyKey(owner, key);
      existing = await store.claimIdempotencyKey(record);
    }
    if (existing === null) {
      claimed.set(request, { owner, key, settled: false });
      return true;
    }
    if (existing.body_hash !== bodyHash) {
      throw new AppError('conflict', 'This Idempotency-Key was already used with a different request.', { param: 'Idempotency-Key' });
    }
    if (existing.response === null) throw new AppError('request_in_progress');
    reply.code(existing.response.status).header('idempotent-replayed', 'true');
    reply.send(existing.response.body);
    return false;
  }

  return {
    begin,
    async preHandler(request, reply) {
      if (request.method !== 'POST' || request.routeOptions.config.idempotency === false) return undefined;
      // Returning the reply tells Fastify a replay was sent and the handler must not run.
      return (await begin(request, reply, requestHash(request))) ? undefined : reply;
    },
    async onSend(request, reply, payload) {
      const claim = claimed.get(request);
      if (!claim || claim.settled) return payload;
      claim.settled = true;
      const status = reply.statusCode;
      if (status >= 500 || status === 429) {
        await store.releaseIdempotencyKey(claim.owner, claim.key);
        return payload;
      }
      let body: unknown = null;
      if (typeof payload === 'string') {
        try {
          body = JSON.parse(payload);
        } catch {
          body = payload;
        }
      }
      await store.completeIdempotencyKey(claim.owner, claim.key, { status, body });
      return payload;
    },
    async onResponse(request) {
      const claim = claimed.get(request);
      if (!claim || claim.settled) return;
      claim.settled = true;
      await store.releaseIdempotencyKey(claim.owner, claim.key);
    },
  };
}
