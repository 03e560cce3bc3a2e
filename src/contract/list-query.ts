import Type, { type Static } from 'typebox';

/** Query of every list: `limit` 1–100 (default 20) and the opaque `token` from the previous page. */
export const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  token: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
});
export type ListQuery = Static<typeof ListQuery>;
