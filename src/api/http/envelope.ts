import Type, { type TSchema, type Static } from 'typebox';
import type { Page, PageQuery } from '../../store/index.js';

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

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** Response schema of `{"data": T}`. */
export function DataEnvelope<T extends TSchema>(data: T) {
  return Type.Object({ data });
}

/** Response schema of a list page of T. */
export function PageEnvelope<T extends TSchema>(item: T) {
  return Type.Object({ data: Type.Array(item), has_more: Type.Boolean(), next_token: Nullable(Type.String()) });
}

/** Query of every list: `limit` 1–100 (default 20) and the opaque `token` from the previous page. */
export const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  token: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
});
export type ListQuery = Static<typeof ListQuery>;

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
