import Type from 'typebox';
import { Nullable } from '../http/index.js';

/**
 * GET /v3/users/me. The hosted API adds billing blocks (plan, credits); a self-hosted server has none, so
 * they are left out rather than invented.
 */
export const CurrentUserView = Type.Object({
  username: Type.String({ description: "The key's name: its stable id (key_…), as the server never stores raw keys" }),
  email: Nullable(Type.String()),
  first_name: Nullable(Type.String()),
  last_name: Nullable(Type.String()),
});
