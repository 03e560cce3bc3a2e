import Type, { type TSchema } from 'typebox';

/** `T | null`: the API writes absent values as null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}
