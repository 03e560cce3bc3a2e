import { AppError } from '../../errors/index.js';
import { page } from './envelope.js';

/**
 * Pages an in-memory list (voices, styles) with the same opaque `token` as the store's lists: the token
 * is the base64url of the next offset.
 */
export function offsetPage<T>(items: readonly T[], query: { limit?: number; token?: string }) {
  const limit = query.limit ?? 20;
  let offset = 0;
  if (query.token !== undefined) {
    const decoded = /^o(\d{1,9})$/.exec(Buffer.from(query.token, 'base64url').toString('utf8'));
    if (!decoded) throw new AppError('validation_error', 'token is not a token from this list.', { param: 'token' });
    offset = Number(decoded[1]);
  }
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(`o${offset + limit}`).toString('base64url') : null;
  return page(slice, next);
}
