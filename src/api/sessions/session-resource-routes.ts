import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { VideoSchema, toVideoView } from '../videos/index.js';
import { mustOwnSession } from './session-actions.js';
import { ResourceParams, ResourceView, SessionParams } from './session-schemas.js';
import { resourceView } from './session-views.js';

const tags = ['sessions'];

/** A session's resources (storyboard drafts, scene images, uploads) and videos. */
export const sessionResourceRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const links = app.mediaLinks;

  app.get('/video-agents/:session_id/resources', {
    schema: { tags, summary: "List a session's resources (ours)", params: SessionParams, response: { 200: DataEnvelope(Type.Array(ResourceView)), ...errorResponses } },
    handler: async (request) => {
      const session = await mustOwnSession(deps, request.owner, request.params.session_id);
      return ok((await deps.store.listResources(session.id)).map((r) => resourceView(r, links)));
    },
  });

  app.get('/video-agents/:session_id/resources/:resource_id', {
    schema: { tags, summary: 'Get a resource of a session', params: ResourceParams, response: { 200: DataEnvelope(ResourceView), ...errorResponses } },
    handler: async (request) => {
      const session = await mustOwnSession(deps, request.owner, request.params.session_id);
      const resource = await deps.store.getResource(request.params.resource_id, session.id);
      if (!resource) throw new AppError('not_found', `No resource ${request.params.resource_id} in this session.`, { param: 'resource_id' });
      return ok(resourceView(resource, links));
    },
  });

  app.get('/video-agents/:session_id/videos', {
    schema: {
      tags,
      summary: "The session's videos, newest first",
      params: SessionParams,
      querystring: ListQuery,
      response: { 200: PageEnvelope(VideoSchema), ...errorResponses },
    },
    handler: async (request) => {
      const session = await mustOwnSession(deps, request.owner, request.params.session_id);
      const result = await deps.store.listVideos(request.owner, toPageQuery(request.query), session.id);
      return pageOf(result, (v) => toVideoView(v, links));
    },
  });
};
