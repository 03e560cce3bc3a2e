import type { AvatarLook, AvatarPalette } from './avatar-look.js';

// A data table: the built-in presenters' looks. It lives beside the drawing (not in src/avatars) so the
// renderer's default presenter lookup needs nothing from src/avatars, which builds on the renderer.

const SKIN = {
  deep: { skin: '#7a4a2e', skinShade: '#5e3620' },
  brown: { skin: '#a8693f', skinShade: '#8a522e' },
  tan: { skin: '#d19a6c', skinShade: '#b57d52' },
  olive: { skin: '#e0b48a', skinShade: '#c79468' },
  light: { skin: '#f2cfb0', skinShade: '#dcae8c' },
  fair: { skin: '#f7dccb', skinShade: '#e5b9a0' },
};

function palette(base: Omit<AvatarPalette, 'skin' | 'skinShade'>, skin: { skin: string; skinShade: string }): AvatarPalette {
  return { ...skin, ...base };
}

/** The built-in presenters: varied skin tones, hair, clothing and gender presentation, each with a voice. */
const LOOKS: readonly AvatarLook[] = [
  {
    id: 'amara-studio',
    group_id: 'amara',
    name: 'Amara (studio)',
    gender: 'female',
    default_voice_id: 'espeak-en-us-female',
    palette: palette({ hair: '#1f1512', hairShade: '#33231c', iris: '#3b2418', brows: '#1f1512', lips: '#a4484a', top: '#e0a526', topShade: '#c28a14', under: '#e0a526', accent: '#7a3e1d', backdrop: '#e8eef7' }, SKIN.deep),
    hair: 'afro-puff',
    outfit: 'sweater',
    glasses: false,
    beard: 'none',
    faceWidth: 1,
    preferred_orientation: 'landscape',
    tags: ['friendly', 'business', 'warm'],
  },
  {
    id: 'amara-casual',
    group_id: 'amara',
    name: 'Amara (casual)',
    gender: 'female',
    default_voice_id: 'espeak-en-us-female',
    palette: palette({ hair: '#1f1512', hairShade: '#33231c', iris: '#3b2418', brows: '#1f1512', lips: '#a4484a', top: '#2f8f83', topShade: '#226e65', under: '#f4f1ea', accent: '#f4f1ea', backdrop: '#fdf1e4' }, SKIN.deep),
    hair: 'afro-puff',
    outfit: 'hoodie',
    glasses: false,
    beard: 'none',
    faceWidth: 1,
    preferred_orientation: 'portrait',
    tags: ['casual', 'social', 'energetic'],
  },
  {
    id: 'daniel-office',
    group_id: 'daniel',
    name: 'Daniel (office)',
    gender: 'male',
    default_voice_id: 'espeak-en-us-male',
    palette: palette({ hair: '#6b4326', hairShade: '#4e2f19', iris: '#4a6fa5', brows: '#5a3820', lips: '#c0746a', top: '#1f3a5f', topShade: '#172c49', under: '#f5f7fa', accent: '#d9dee6', backdrop: '#edf2f7' }, SKIN.light),
    hair: 'side-part',
    outfit: 'blazer',
    glasses: false,
    beard: 'none',
    faceWidth: 1.04,
    preferred_orientation: 'landscape',
    tags: ['business', 'corporate', 'explainer'],
  },
  {
    id: 'daniel-weekend',
    group_id: 'daniel',
    name: 'Daniel (weekend)',
    gender: 'male',
    default_voice_id: 'espeak-en-us-male',
    palette: palette({ hair: '#6b4326', hairShade: '#4e2f19', iris: '#4a6fa5', brows: '#5a3820', lips: '#c0746a', top: '#8a9099', topShade: '#6e747d', under: '#8a9099', accent: '#f2f2f2', backdrop: '#eef5ee' }, SKIN.light),
    hair: 'side-part',
    outfit: 'hoodie',
    glasses: false,
    beard: 'stubble',
    faceWidth: 1.04,
    preferred_orientation: 'portrait',
    tags: ['casual', 'tutorial'],
  },
  {
    id: 'mei-studio',
    group_id: 'mei',
    name: 'Mei',
    gender: 'female',
    default_voice_id: 'espeak-en-gb-female',
    palette: palette({ hair: '#15151a', hairShade: '#26262e', iris: '#3a2a20', brows: '#1d1a1a', lips: '#c7585f', top: '#127a8a', topShade: '#0d5f6b', under: '#127a8a', accent: '#f0c24b', backdrop: '#f2eefa' }, SKIN.olive),
    hair: 'bob',
    outfit: 'turtleneck',
    glasses: false,
    beard: 'none',
    faceWidth: 0.96,
    preferred_orientation: 'landscape',
    tags: ['education', 'tech', 'calm'],
  },
  {
    id: 'rahul-studio',
    group_id: 'rahul',
    name: 'Rahul',
    gender: 'male',
    default_voice_id: 'espeak-en-gb-male',
    palette: palette({ hair: '#1b1613', hairShade: '#2c241f', iris: '#2e1d14', brows: '#1b1613', lips: '#98544b', top: '#4f7a3a', topShade: '#3d612c', under: '#e9e4d8', accent: '#e9e4d8', backdrop: '#fbf3e6' }, SKIN.brown),
    hair: 'short',
    outfit: 'shirt',
    glasses: true,
    beard: 'full',
    faceWidth: 1.06,
    preferred_orientation: 'landscape',
    tags: ['expert', 'finance', 'explainer'],
  },
  {
    id: 'sofia-studio',
    group_id: 'sofia',
    name: 'Sofía',
    gender: 'female',
    default_voice_id: 'espeak-en-us-female',
    palette: palette({ hair: '#8e3b1f', hairShade: '#6d2b14', iris: '#4d6b3a', brows: '#6d2b14', lips: '#c24f57', top: '#e8725c', topShade: '#c95a45', under: '#fff5ec', accent: '#fff5ec', backdrop: '#eaf4f4' }, SKIN.tan),
    hair: 'long',
    outfit: 'shirt',
    glasses: false,
    beard: 'none',
    faceWidth: 0.95,
    preferred_orientation: 'portrait',
    tags: ['marketing', 'lifestyle', 'friendly'],
  },
  {
    id: 'kwame-studio',
    group_id: 'kwame',
    name: 'Kwame',
    gender: 'male',
    default_voice_id: 'espeak-en-gb-male',
    palette: palette({ hair: '#141010', hairShade: '#241c1a', iris: '#2a1a12', brows: '#141010', lips: '#7e3f35', top: '#2b2d42', topShade: '#1e2030', under: '#2b2d42', accent: '#ef8354', backdrop: '#eef0f6' }, SKIN.deep),
    hair: 'buzz',
    outfit: 'sweater',
    glasses: false,
    beard: 'stubble',
    faceWidth: 1.08,
    preferred_orientation: 'landscape',
    tags: ['news', 'sports', 'confident'],
  },
  {
    id: 'elena-studio',
    group_id: 'elena',
    name: 'Elena',
    gender: 'female',
    default_voice_id: 'espeak-en-gb-female',
    palette: palette({ hair: '#d9b36c', hairShade: '#b8914d', iris: '#3f6e8c', brows: '#a88650', lips: '#c66a72', top: '#7b2d43', topShade: '#5e2031', under: '#f6eef0', accent: '#e5c07b', backdrop: '#f6f1ea' }, SKIN.fair),
    hair: 'bun',
    outfit: 'blazer',
    glasses: true,
    beard: 'none',
    faceWidth: 0.97,
    preferred_orientation: 'landscape',
    tags: ['business', 'healthcare', 'formal'],
  },
  {
    id: 'leo-studio',
    group_id: 'leo',
    name: 'Leo',
    gender: 'male',
    default_voice_id: 'espeak-en-us-male',
    palette: palette({ hair: '#3a2418', hairShade: '#2a1910', iris: '#5a3a22', brows: '#3a2418', lips: '#b0625a', top: '#5b7fb5', topShade: '#47679a', under: '#dfe8f5', accent: '#dfe8f5', backdrop: '#f3f0fa' }, SKIN.tan),
    hair: 'curly',
    outfit: 'shirt',
    glasses: false,
    beard: 'none',
    faceWidth: 1,
    preferred_orientation: 'portrait',
    tags: ['creator', 'casual', 'social'],
  },
];

const BY_ID = new Map(LOOKS.map((look) => [look.id, look]));

/** Every built-in look, in catalogue order. */
export function listAvatarLooks(): readonly AvatarLook[] {
  return LOOKS;
}

export function getAvatarLook(id: string): AvatarLook | undefined {
  return BY_ID.get(id);
}
