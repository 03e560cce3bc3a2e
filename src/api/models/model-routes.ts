import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import { isModelError, naturalVoiceHint, type ModelManager } from '../../models/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ownerFromKey } from '../http/index.js';
import { ModelPulls, type PullEvent } from './model-pulls.js';

const ModelSchema = Type.Object({
  model_id: Type.String(),
  kind: Type.String(),
  engine: Type.String(),
  title: Type.String(),
  languages: Type.Array(Type.String()),
  licence: Type.String(),
  size_bytes: Type.Number(),
  installed: Type.Boolean(),
  curated: Type.Boolean(),
  voice_ids: Type.Array(Type.String()),
  pull: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Unknown())]),
});

const ModelParams = Type.Object({ model_id: Type.String({ minLength: 1, maxLength: 128 }) });

/**
 * /v3/models: the catalogue with what is installed (any key); pulling and removing a model (an admin key:
 * ADMIN_API_KEYS, by default the server's first API key), with a pull's progress as Server-Sent Events.
 */
export const modelRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; models: ModelManager }> = async (app, { deps, models }) => {
  const pulls = new ModelPulls(models);
  const admins = new Set((deps.config.adminApiKeys.length > 0 ? deps.config.adminApiKeys : deps.config.apiKeys.slice(0, 1)).map(ownerFromKey));
  const tags = ['models'];
  const mustAdmin = (request: FastifyRequest) => {
    if (!admins.has(request.owner)) throw new AppError('forbidden', 'Pulling and removing models needs an admin key (ADMIN_API_KEYS; by default the first of API_KEYS).');
  };
  const mustKnow = (id: string) => {
    try {
      return models.find(id);
    } catch (error) {
      if (isModelError(error)) throw new AppError('not_found', error.message, { param: 'model_id' });
      throw error;
    }
  };

  app.get('/models', {
    schema: {
      summary: 'List models: the catalogue of neural voices, installed or not (ours)',
      tags,
      querystring: Type.Object({ all: Type.Optional(Type.Boolean({ description: 'Every catalogue entry, not only the curated ones and those installed' })) }),
      response: { 200: Type.Object({ data: Type.Array(ModelSchema), hint: Type.Union([Type.String(), Type.Null()]) }), ...errorResponses },
    },
    handler: async (request) => {
      const statuses = await models.list();
      const installedTts = statuses.filter((status) => status.installed && status.model.kind === 'tts').length;
      return {
        data: statuses
          .filter((status) => request.query.all === true || status.installed || status.model.curated || pulls.last(status.model.id) !== null)
          .map(({ model, installed, licence }) => ({
            model_id: model.id,
            kind: model.kind,
            engine: model.engine,
            title: model.title,
            languages: model.languages,
            licence,
            size_bytes: model.approxBytes,
            installed,
            curated: model.curated,
            voice_ids: model.voices.map((voice) => voice.voice_id),
            pull: pulls.last(model.id) as Record<string, unknown> | null,
          })),
        hint: naturalVoiceHint(installedTts),
      };
    },
  });

  app.post('/models/:model_id/pull', {
    schema: { summary: 'Pull (download and verify) a model in the background (admin key)', tags, params: ModelParams, response: { 202: DataEnvelope(Type.Object({ model_id: Type.String(), status: Type.String() })), ...errorResponses } },
    handler: async (request, reply) => {
      mustAdmin(request);
      const model = mustKnow(request.params.model_id);
      if (await models.isInstalled(model.id)) return reply.code(202).send({ data: { model_id: model.id, status: 'installed' } });
      pulls.start(model.id, (error) => deps.logger.warn({ err: error, model_id: model.id }, 'model pull failed'));
      return reply.code(202).send({ data: { model_id: model.id, status: 'pulling' } });
    },
  });

  app.delete('/models/:model_id', {
    schema: { summary: 'Remove an installed model (admin key)', tags, params: ModelParams, response: { 200: DataEnvelope(Type.Object({ model_id: Type.String(), removed: Type.Boolean() })), ...errorResponses } },
    handler: async (request) => {
      mustAdmin(request);
      const model = mustKnow(request.params.model_id);
      if (pulls.running(model.id)) throw new AppError('conflict', `${model.id} is being pulled; wait for it to finish.`);
      return { data: { model_id: model.id, removed: await models.remove(model.id) } };
    },
  });

  app.get('/models/:model_id/events', {
    schema: { summary: 'Server-Sent Events: a pull\'s progress, then installed or failed (ours)', tags, params: ModelParams, produces: ['text/event-stream'] },
    handler: async (request, reply) => {
      const model = mustKnow(request.params.model_id);
      const initial: PullEvent = (await models.isInstalled(model.id)) ? { type: 'installed', model_id: model.id } : (pulls.last(model.id) ?? { type: 'progress', model_id: model.id, received_bytes: 0, total_bytes: null, bytes_per_second: 0, seconds_left: null, file: '' });
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
      let unsubscribe = () => {};
      let heartbeat: NodeJS.Timeout | undefined;
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      // The stream ends with the pull: `installed` or `failed` is its last event.
      const send = ({ type, ...data }: PullEvent) => {
        raw.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
        if (type !== 'progress') {
          close();
          raw.end();
        }
      };
      send(initial);
      if (raw.writableEnded) return;
      unsubscribe = pulls.subscribe(model.id, send);
      heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
      request.raw.on('close', close);
      raw.on('error', close);
    },
  });
};
