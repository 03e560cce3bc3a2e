import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DataEnvelope, errorResponses, ok } from '../http/index.js';
import { CurrentUserView } from './user-schemas.js';

/** /v3/users/me: what clients call to check a key. Keys have no people behind them here, so the personal fields are null. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/users/me', {
    schema: { summary: 'The account of this API key (checks the key)', tags: ['account'], response: { 200: DataEnvelope(CurrentUserView), ...errorResponses } },
    handler: async (request) => ok({ username: request.owner, email: null, first_name: null, last_name: null }),
  });
};
