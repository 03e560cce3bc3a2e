import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../app-deps.js';
import { createAvatarContext } from './avatar-context.js';
import { avatarListRoutes } from './avatar-list-routes.js';
import { avatarPreviewRoutes } from './avatar-preview-routes.js';
import { photoAvatarRoute } from './photo-avatar-route.js';


/** /v3/avatars: the built-in presenters and a key's photo looks, with a preview image and lip-synced video of each. */
export const avatarRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const context = createAvatarContext(deps);
  await app.register(photoAvatarRoute, { deps, context });
  await app.register(avatarListRoutes, { context });
  await app.register(avatarPreviewRoutes, { deps, context });
};
