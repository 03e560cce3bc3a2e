import Type from 'typebox';

/**
 * The storyboard: the contract between the agent (which only writes storyboards) and the renderer
 * (which only reads them). Every version is kept as a `draft` resource. Bump STORYBOARD_SCHEMA when a
 * change would make an older stored storyboard unreadable.
 */
export const STORYBOARD_SCHEMA = 1;

export const layouts = ['title', 'presenter', 'bullets', 'media', 'quote', 'stat', 'cta'] as const;
export const presenterPlacements = ['full', 'side', 'corner', 'none'] as const;
export const transitions = ['cut', 'fade', 'slide'] as const;
export const orientations = ['landscape', 'portrait'] as const;
export const mediaFits = ['cover', 'contain'] as const;
export const mediaMotions = ['none', 'zoom_in', 'zoom_out', 'pan'] as const;

export type Layout = (typeof layouts)[number];
export type PresenterPlacement = (typeof presenterPlacements)[number];
export type Transition = (typeof transitions)[number];
export type Orientation = (typeof orientations)[number];

export const SceneMediaSchema = Type.Object({
  asset_id: Type.String({ minLength: 1 }),
  fit: Type.Enum(mediaFits),
  motion: Type.Enum(mediaMotions),
});

export const SceneSchema = Type.Object({
  /** Stable across revisions: a scene keeps its id when edited or moved. */
  id: Type.String({ minLength: 1, maxLength: 64 }),
  layout: Type.Enum(layouts),
  narration: Type.String({ maxLength: 5000 }),
  headline: Type.Optional(Type.String({ maxLength: 300 })),
  bullets: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 8 })),
  /** For `stat` scenes: the figure shown big ("42 %"), the headline being its label. */
  stat: Type.Optional(Type.String({ maxLength: 40 })),
  /** For `quote` scenes: who said it (the quote itself is the headline). */
  attribution: Type.Optional(Type.String({ maxLength: 200 })),
  media: Type.Optional(SceneMediaSchema),
  presenter: Type.Enum(presenterPlacements),
  transition: Type.Enum(transitions),
  /** Estimated from the narration while planning, then measured from the TTS when rendering. */
  duration_sec: Type.Number({ minimum: 0 }),
});

const HexColor = Type.String({ pattern: '^#[0-9a-fA-F]{6}$' });

/**
 * The brand the video is drawn in (from the session's brand kit): the renderer builds its palette from
 * these colours over the chosen style. Optional, so storyboards written before brands still validate.
 */
export const StoryboardBrandSchema = Type.Object({
  colors: Type.Object({
    primary: HexColor,
    secondary: Type.Optional(HexColor),
    background: Type.Optional(HexColor),
    text: Type.Optional(HexColor),
  }),
  /** A font family bundled with the renderer. */
  font: Type.String({ minLength: 1, maxLength: 100 }),
  /** An image asset drawn as the logo, or null. */
  logo_asset_id: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
});

export const StoryboardSchema = Type.Object({
  schema: Type.Literal(STORYBOARD_SCHEMA),
  /** 1, 2, 3…: one per revision; each is kept as a draft resource. */
  version: Type.Integer({ minimum: 1 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  /** BCP-47-ish language tag of the narration, e.g. "en", "de", "pt-br". */
  language: Type.String({ minLength: 2, maxLength: 16 }),
  orientation: Type.Enum(orientations),
  duration_target_sec: Type.Union([Type.Number({ minimum: 5 }), Type.Null()]),
  voice_id: Type.String({ minLength: 1 }),
  avatar_id: Type.Union([Type.String(), Type.Null()]),
  style_id: Type.String({ minLength: 1 }),
  /** Narration speed multiplier (1 = the voice's normal pace). */
  pace: Type.Number({ minimum: 0.5, maximum: 2 }),
  music: Type.Union([Type.Object({ track: Type.String(), volume: Type.Number({ minimum: 0, maximum: 1 }) }), Type.Null()]),
  captions: Type.Object({ enabled: Type.Boolean(), style: Type.String() }),
  scenes: Type.Array(SceneSchema, { minItems: 1, maxItems: 60 }),
  brand: Type.Optional(StoryboardBrandSchema),
});

export type SceneMedia = Type.Static<typeof SceneMediaSchema>;
export type Scene = Type.Static<typeof SceneSchema>;
export type Storyboard = Type.Static<typeof StoryboardSchema>;
export type StoryboardBrand = Type.Static<typeof StoryboardBrandSchema>;
