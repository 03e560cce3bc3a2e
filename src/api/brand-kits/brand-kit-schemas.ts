import Type from 'typebox';
import { bundledFontFamilies } from '../../brand-kits/index.js';
import { Nullable } from '../http/index.js';

const Color = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour as #rrggbb.' });
const Font = Type.Enum(bundledFontFamilies, { description: 'One of the fonts bundled with the renderer.' });

export const BrandKitView = Type.Object({
  brand_kit_id: Type.String(),
  name: Type.String(),
  colors: Type.Object({ primary: Type.String(), secondary: Nullable(Type.String()), background: Nullable(Type.String()), text: Nullable(Type.String()) }),
  font: Type.String(),
  logo_asset_id: Nullable(Type.String()),
  created_at: Type.Integer(),
});

export const CreateBrandKitBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    colors: Type.Object(
      {
        primary: Color,
        secondary: Type.Optional(Nullable(Color)),
        background: Type.Optional(Nullable(Color)),
        text: Type.Optional(Nullable(Color)),
      },
      { additionalProperties: false },
    ),
    font: Type.Optional(Font),
    logo_asset_id: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 128 }))),
  },
  { additionalProperties: false },
);
export const BrandKitParams = Type.Object({ brand_kit_id: Type.String({ minLength: 1, maxLength: 128 }) });
export const DeletedBrandKitView = Type.Object({ brand_kit_id: Type.String(), deleted: Type.Boolean() });
