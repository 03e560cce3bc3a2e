import { invalid } from '../../errors/index.js';

/** Where a newest-first page stopped: the last row's created_at and id (ids break created_at ties). */
export interface PageCursor {
  created_at: number;
  id: string;
}

/** Opaque to callers: base64url of the JSON pair. */
export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.created_at, cursor.id])).toString('base64url');
}

/** Throws a validation error (param `token`) for anything encodePageCursor did not make. */
export function decodePageCursor(token: string): PageCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string') {
      return { created_at: value[0] as number, id: value[1] };
    }
  } catch {
    // fall through to the validation error
  }
  throw invalid('token', 'The page token is not valid.');
}
