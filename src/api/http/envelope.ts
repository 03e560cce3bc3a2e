import Type, { type TSchema, type Static } from 'typebox';
import { Nullable } from '../../contract/index.js';
import type { Page, PageQuery } from '../../store/index.js';

// The API's shared schema pieces live in src/contract (the SDK reads them too); re-exported for the routes.
export { ListQuery, Nullable } from '../../contract/index.js';

/** `{"data": ...}`: the success envelope. */
export function ok<T>(data: T): { data: T } {
  return { data };
}

/** `{"data": [...], "has_more", "next_token"}`: a list page, from the store's opaque cursor. */
export function page<T>(items: T[], next: string | null): { data: T[]; has_more: boolean; next_token: string | null } {
  return { data: items, has_more: next !== null, next_token: next };
}

/** A store page mapped item by item into the list envelope. */
export function pageOf<R, T>(result: Page<R>, map: (row: R) => T): { data: T[]; has_more: boolean; next_token: string | null } {
  return page(result.items.map(map), result.next);
}

/** Response schema of `{"data": T}`. */
export function DataEnvelope<T extends TSchema>(data: T) {
  return Type.Object({ data });
}

/** Response schema of a list page of T. */
export function PageEnvelope<T extends TSchema>(item: T) {
  return Type.Object({ data: Type.Array(item), has_more: Type.Boolean(), next_token: Nullable(Type.String()) });
}

/** The list query as the store takes it (the token passes through untouched). */
export function toPageQuery(query: { limit?: number; token?: string }): PageQuery {
  return { limit: query.limit ?? 20, cursor: query.token ?? null };
}

export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      param: Type.Optional(Type.String()),
      doc_url: Type.Optional(Type.String()),
    }),
  },
  { description: 'Error envelope; see docs/errors.md for the codes.' },
);
export type ErrorEnvelope = Static<typeof ErrorEnvelope>;

/** Spread into a route's `response` so the error shapes appear in the OpenAPI document. */
export const errorResponses = { '4xx': ErrorEnvelope, '5xx': ErrorEnvelope } as const;
