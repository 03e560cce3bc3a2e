import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError, invalid } from '../../errors/index.js';
import { BlobBrandKitStore, bundledFontFamilies, type BrandKit, type BrandKitStore } from '../../brand-kits/index.js';
import { newId } from '../../store/index.js';
import { BrandKitParams, BrandKitView, CreateBrandKitBody, DeletedBrandKitView } from './brand-kit-schemas.js';

import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, Nullable, PageEnvelope, errorResponses, offsetPage, ok } from '../http/index.js';

/** At most this many kits per key: they are listed from one index blob. */
const MAX_KITS_PER_OWNER = 100;

function view(kit: BrandKit) {
  return {
    brand_kit_id: kit.id,
    name: kit.name,
    colors: kit.colors,
    font: kit.font,
    logo_asset_id: kit.logo_asset_id,
    created_at: Math.floor(kit.created_at / 1000),
  };
}

const lower = (c: string | null | undefined): string | null => (c ? c.toLowerCase() : null);

/** /v3/brand-kits: a key's colours, font and logo, which sessions take as `brand_kit_id`. Our own extension. */
export const brandKitRoutes: FastifyPluginAsync<{ deps: AppDeps; brandKits?: BrandKitStore }> = async (fastify, { deps, brandKits }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kits = brandKits ?? new BlobBrandKitStore(deps.blobs, deps.store);
  const tags = ['brand-kits'];

  app.post(
    '/brand-kits',
    { schema: { tags, summary: 'Create a brand kit', body: CreateBrandKitBody, response: { 200: DataEnvelope(BrandKitView), ...errorResponses } } },
    async (request) => {
      const body = request.body;
      const name = body.name.trim();
      if (!name) throw invalid('name', 'name must not be blank.');
      const logo = body.logo_asset_id ?? null;
      if (logo !== null) {
        const asset = await deps.store.getAsset(logo, request.owner);
        if (!asset) throw invalid('logo_asset_id', `No asset ${logo}; upload the logo first (POST /v3/assets).`);
        if (asset.status !== 'ready') throw invalid('logo_asset_id', `Asset ${logo} has not been completed yet.`);
        if (!asset.mime_type.startsWith('image/')) throw invalid('logo_asset_id', `Asset ${logo} is ${asset.mime_type}; a logo must be an image.`);
      }
      const kit: BrandKit = {
        id: newId('bk'),
        owner: request.owner,
        name: name.slice(0, 100),
        colors: {
          primary: body.colors.primary.toLowerCase(),
          secondary: lower(body.colors.secondary),
          background: lower(body.colors.background),
          text: lower(body.colors.text),
        },
        font: body.font ?? bundledFontFamilies[0],
        logo_asset_id: logo,
        created_at: Date.now(),
      };
      // Counted and stored under the owner's lock, so racing creates (any process) cannot pass the limit.
      if (!(await kits.add(kit, MAX_KITS_PER_OWNER))) {
        throw new AppError('validation_error', `A key can have at most ${MAX_KITS_PER_OWNER} brand kits; delete one first.`);
      }
      return ok(view(kit));
    },
  );

  app.get(
    '/brand-kits',
    { schema: { tags, summary: 'Brand kits of this key, newest first', querystring: ListQuery, response: { 200: PageEnvelope(BrandKitView), ...errorResponses } } },
    async (request) => {
      const result = offsetPage(await kits.list(request.owner), request.query);
      return { ...result, data: result.data.map(view) };
    },
  );

  app.get(
    '/brand-kits/:brand_kit_id',
    { schema: { tags, summary: 'One brand kit', params: BrandKitParams, response: { 200: DataEnvelope(BrandKitView), ...errorResponses } } },
    async (request) => {
      const kit = await kits.get(request.owner, request.params.brand_kit_id);
      if (!kit) throw new AppError('not_found', `No brand kit ${request.params.brand_kit_id}.`, { param: 'brand_kit_id' });
      return ok(view(kit));
    },
  );

  app.delete(
    '/brand-kits/:brand_kit_id',
    {
      schema: {
        tags,
        summary: 'Delete a brand kit (sessions that used it keep their storyboards)',
        params: BrandKitParams,
        response: { 200: DataEnvelope(DeletedBrandKitView), ...errorResponses },
      },
    },
    async (request) => {
      const deleted = await kits.delete(request.owner, request.params.brand_kit_id);
      if (!deleted) throw new AppError('not_found', `No brand kit ${request.params.brand_kit_id}.`, { param: 'brand_kit_id' });
      return ok({ brand_kit_id: request.params.brand_kit_id, deleted: true });
    },
  );
};
