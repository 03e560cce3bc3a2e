import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Stable id of the API key that made the request (`key_` + 16 hex of its SHA-256); set by the auth hook. */
    owner: string;
  }
  interface FastifyContextConfig {
    /** A route under /v3 that needs no API key (voice previews, style thumbnails: played by <audio>/<img>). */
    public?: boolean;
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The owner id for an API key: derived, so raw keys are never stored. */
export function ownerFromKey(key: string): string {
  return `key_${sha256(key).toString('hex').slice(0, 16)}`;
}

/** The key from `X-Api-Key`, or from `Authorization: Bearer <key>`. */
export function apiKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * An onRequest hook that admits only the configured keys and sets `request.owner`.
 * Keys are compared by their SHA-256 digests in constant time.
 */
export function createAuthHook(apiKeys: readonly string[]) {
  const digests = apiKeys.map((key) => sha256(key));
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    if (request.routeOptions.config.public === true) return;
    const key = apiKeyOf(request);
    if (key === null) throw new AppError('unauthorized');
    const digest = sha256(key);
    let known = false;
    for (const candidate of digests) if (timingSafeEqual(candidate, digest)) known = true;
    if (!known) throw new AppError('unauthorized');
    request.owner = ownerFromKey(key);
  };
}
