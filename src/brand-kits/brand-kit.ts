/** A customer's look: colours, one of the bundled fonts and a logo image. Stored per owner. */
export interface BrandKit {
  id: string;
  owner: string;
  name: string;
  colors: {
    /** #rrggbb, lower case. */
    primary: string;
    secondary: string | null;
    background: string | null;
    text: string | null;
  };
  /** A font family among `bundledFontFamilies`. */
  font: string;
  /** An image asset of the same owner, or null. */
  logo_asset_id: string | null;
  /** Milliseconds since the epoch. */
  created_at: number;
}

/** Font families a brand kit may choose: the ones bundled with the renderer (src/styles). */
export const bundledFontFamilies = ['Inter'] as const;

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
