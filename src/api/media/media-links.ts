import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors/index.js';

export interface SignOptions {
  /** Offered to the browser as the download name (Content-Disposition). */
  filename?: string;
  /** Served as Content-Type; otherwise guessed from the key's extension. */
  contentType?: string;
  /** Overrides the links' lifetime, in seconds. */
  ttlSec?: number;
}

export interface VerifiedLink {
  key: string;
  /** Unix seconds. */
  expiresAt: number;
  filename: string | null;
  contentType: string | null;
}

export interface MediaLinks {
  /** A full URL, `<publicUrl>/media/<token>`, that serves the blob to anyone holding it until it expires. */
  sign(blobKey: string, options?: SignOptions): string;
  /** Just the token (for other signed paths, e.g. direct uploads). */
  signToken(payload: Record<string, unknown>, ttlSec?: number): string;
  /**
   * Checks a media token. A token that does not verify (tampered, truncated, another secret) → 404
   * `not_found`, so a probe learns nothing; a genuine but expired one → 403 `forbidden`.
   */
  verify(token: string): VerifiedLink;
  /** Checks any token made by `signToken`; returns its payload. Same errors as `verify`. */
  verifyToken(token: string): Record<string, unknown> & { exp: number };
}

/**
 * Signed media links: `base64url(JSON payload) "." base64url(HMAC-SHA256(secret, payload))`. The payload
 * holds the blob key, the expiry (Unix seconds) and the optional filename and content type, so all of them
 * are covered by the signature.
 */
export function createMediaLinks(secret: string, publicUrl: string, ttlSec: number, now: () => number = Date.now): MediaLinks {
  if (secret.length < 16) throw new Error('The media link secret must be at least 16 characters');
  const base = publicUrl.replace(/\/+$/, '');
  const mac = (data: string) => createHmac('sha256', secret).update(data).digest();

  function signToken(payload: Record<string, unknown>, ttl = ttlSec): string {
    const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(now() / 1000) + ttl })).toString('base64url');
    return `${body}.${mac(body).toString('base64url')}`;
  }

  function verifyToken(token: string): Record<string, unknown> & { exp: number } {
    const notFound = () => new AppError('not_found', 'No such media link.');
    const dot = token.indexOf('.');
    if (dot <= 0 || dot !== token.lastIndexOf('.')) throw notFound();
    const body = token.slice(0, dot);
    // Compared as text: base64url decoding ignores the last character's spare bits, so comparing decoded bytes
    // let a link be spelled two ways ("…B" and "…A"); a link has exactly one valid spelling.
    const given = Buffer.from(token.slice(dot + 1), 'utf8');
    const expected = Buffer.from(mac(body).toString('base64url'), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notFound();
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw notFound();
    }
    if (payload === null || typeof payload !== 'object' || typeof (payload as { exp?: unknown }).exp !== 'number') throw notFound();
    const typed = payload as Record<string, unknown> & { exp: number };
    if (typed.exp * 1000 <= now()) throw new AppError('forbidden', 'This link has expired; fetch the resource again for a fresh one.');
    return typed;
  }

  return {
    signToken,
    verifyToken,
    sign(blobKey, options = {}) {
      const payload: Record<string, unknown> = { k: blobKey };
      if (options.filename !== undefined) payload.f = options.filename;
      if (options.contentType !== undefined) payload.t = options.contentType;
      return `${base}/media/${signToken(payload, options.ttlSec)}`;
    },
    verify(token) {
      const payload = verifyToken(token);
      if (typeof payload.k !== 'string' || payload.p !== undefined) throw new AppError('not_found', 'No such media link.');
      return {
        key: payload.k,
        expiresAt: payload.exp,
        filename: typeof payload.f === 'string' ? payload.f : null,
        contentType: typeof payload.t === 'string' ? payload.t : null,
      };
    },
  };
}
