import Type from 'typebox';
import { orientations } from '../../storyboard/index.js';
import { visualSearchKinds } from '../../visuals/index.js';
import { Nullable } from '../http/index.js';

export const VisualSearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Words to look for ("honeybee", "Strand", "city at night").' }),
  language: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'The words’ language (default en): illustrations are found by keywords in it, then in English.' })),
  kind: Type.Optional(Type.Enum(visualSearchKinds, { description: 'all (default), illustration, icon or stock.' })),
  orientation: Type.Optional(Type.Enum(orientations, { description: 'For stock results (default landscape).' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'Results per source (default 12).' })),
});

export const VisualHitSchema = Type.Object({
  kind: Type.Union([Type.Literal('illustration'), Type.Literal('icon'), Type.Literal('stock_image'), Type.Literal('stock_video')]),
  provider: Type.String(),
  id: Type.String(),
  label: Type.String(),
  /** An image to show in a picker: an SVG from this server for library pictures, the provider's file for stock. */
  preview_url: Type.String(),
  page_url: Nullable(Type.String()),
  attribution: Nullable(Type.String()),
  licence: Nullable(Type.String()),
  /** A chat message that puts this picture on a scene: replace {scene} with the scene's number. */
  message: Type.String(),
});

export const VisualSearchResult = Type.Object({
  query: Type.String(),
  language: Type.String(),
  items: Type.Array(VisualHitSchema),
  /** The stock and image providers configured on this server (empty: the bundled library only). */
  providers: Type.Array(Type.String()),
  /** A provider that failed or timed out (the library results still come back). */
  notices: Type.Array(Type.String()),
});

export const LibraryPreviewParams = Type.Object({
  provider: Type.Union([Type.Literal('fluent-emoji-flat'), Type.Literal('lucide')]),
  file: Type.String({ pattern: '^[a-z0-9-]{1,80}\\.svg$', description: 'The picture’s id and .svg, e.g. honeybee.svg' }),
});
