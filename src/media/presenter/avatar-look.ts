/** The colours of one presenter look; every fill the drawing uses comes from here. */
export interface AvatarPalette {
  skin: string;
  /** Shadows on the skin (neck, under the chin, inner ear, nose). */
  skinShade: string;
  hair: string;
  hairShade: string;
  iris: string;
  brows: string;
  lips: string;
  /** Outer garment (blazer, sweater, shirt, hoodie). */
  top: string;
  topShade: string;
  /** What shows under the top (shirt, collar, lining). */
  under: string;
  accent: string;
  /** The flat backdrop of preview images (the presenter itself is drawn on transparency). */
  backdrop: string;
}

export type HairStyle = 'short' | 'side-part' | 'bob' | 'long' | 'curly' | 'bun' | 'buzz' | 'afro-puff';
export type OutfitStyle = 'blazer' | 'sweater' | 'shirt' | 'hoodie' | 'turtleneck';
export type AvatarGender = 'female' | 'male';
export type AvatarOrientation = 'landscape' | 'portrait';

/** One built-in presenter appearance (the `avatar_id` of the API). */
export interface AvatarLook {
  id: string;
  group_id: string;
  name: string;
  gender: AvatarGender;
  /** An eSpeak-NG voice id such as "espeak-en-us-female". */
  default_voice_id: string;
  palette: AvatarPalette;
  hair: HairStyle;
  outfit: OutfitStyle;
  glasses: boolean;
  beard: 'none' | 'stubble' | 'full';
  /** Face width relative to the default (0.9 narrow … 1.1 broad). */
  faceWidth: number;
  preferred_orientation: AvatarOrientation;
  tags: string[];
}
