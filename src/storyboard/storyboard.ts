import Type from 'typebox';

/**
 * The storyboard: the contract between the agent (which only writes storyboards) and the renderer
 * (which only reads them). Every version is kept as a `draft` resource. Bump STORYBOARD_SCHEMA when a
 * change would make an older stored storyboard unreadable.
 */
export const STORYBOARD_SCHEMA = 2;

export const layouts = ['title', 'presenter', 'bullets', 'media', 'quote', 'stat', 'cta'] as const;
export const presenterPlacements = ['full', 'side', 'corner', 'none'] as const;
export const transitions = ['cut', 'fade', 'slide'] as const;
export const orientations = ['landscape', 'portrait'] as const;
export const mediaFits = ['cover', 'contain'] as const;
export const mediaMotions = ['none', 'zoom_in', 'zoom_out', 'pan'] as const;

export const visualKinds = ['illustration', 'icon', 'chart', 'stock_video', 'stock_image', 'generated_image', 'user_media'] as const;
export const visualPreferences = ['footage', 'library'] as const;
export const chartTypes = ['bar', 'line', 'donut', 'counter', 'places'] as const;

export type Layout = (typeof layouts)[number];
export type VisualKind = (typeof visualKinds)[number];
export type VisualPreference = (typeof visualPreferences)[number];
export type ChartType = (typeof chartTypes)[number];
export type PresenterPlacement = (typeof presenterPlacements)[number];
export type Transition = (typeof transitions)[number];
export type Orientation = (typeof orientations)[number];

export const SceneMediaSchema = Type.Object({
  asset_id: Type.String({ minLength: 1 }),
  fit: Type.Enum(mediaFits),
  motion: Type.Enum(mediaMotions),
});

/** Figures a chart visual is drawn from; the renderer animates them (bars grow, a number counts up…). */
export const ChartDataSchema = Type.Object({
  type: Type.Enum(chartTypes),
  /** Shown before/after each value: "$", " %", " million". */
  prefix: Type.Optional(Type.String({ maxLength: 8 })),
  suffix: Type.Optional(Type.String({ maxLength: 24 })),
  items: Type.Array(Type.Object({ label: Type.String({ maxLength: 80 }), value: Type.Number() }), { minItems: 1, maxItems: 8 }),
});

/**
 * Where a scene's picture comes from. `provider` names the library ("fluent-emoji-flat", "lucide"), the stock
 * or image service ("pexels", "pixabay", "images"), or "asset" for the user's own upload; `id` is the id there.
 */
export const VisualSourceSchema = Type.Object({
  provider: Type.String({ minLength: 1, maxLength: 40 }),
  id: Type.String({ minLength: 1, maxLength: 300 }),
  /** The provider's page for the item (credits link to it). */
  url: Type.Optional(Type.String({ maxLength: 2000 })),
  /** The file itself, so a render on another machine (or after the cache was emptied) can fetch it again. */
  file_url: Type.Optional(Type.String({ maxLength: 2000 })),
});

/** The picture on a scene: what was looked for, where it came from, and the credit its source asks for. */
export const SceneVisualSchema = Type.Object({
  kind: Type.Enum(visualKinds),
  /** The words it was chosen by (a stock search, an illustration keyword, an image prompt). */
  query: Type.Optional(Type.String({ maxLength: 300 })),
  source: Type.Optional(VisualSourceSchema),
  chart: Type.Optional(ChartDataSchema),
  /** One line icon per bullet (library ids), in bullet order. */
  bullet_icons: Type.Optional(Type.Array(Type.String({ maxLength: 80 }), { maxItems: 8 })),
  attribution: Type.Optional(Type.String({ maxLength: 300 })),
  licence: Type.Optional(Type.String({ maxLength: 80 })),
  /** Chosen by the user (a chat edit, the studio): planners and providers keep it instead of choosing another. */
  pinned: Type.Optional(Type.Boolean()),
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
  /** The scene's picture; absent for a scene shown without one. */
  visual: Type.Optional(SceneVisualSchema),
  /** The user asked for no picture on this scene: nothing fills `visual` again until they ask for one. */
  no_visual: Type.Optional(Type.Boolean()),
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
  /**
   * What kind of picture the user prefers where a scene has no pinned one: `footage` (stock clips and photos on
   * every scene a provider can fill, bullets included) or `library` (the bundled illustrations, no providers).
   * Absent: the default mix (stock on photo-friendly layouts when configured).
   */
  visual_preference: Type.Optional(Type.Enum(visualPreferences)),
});

export type SceneMedia = Type.Static<typeof SceneMediaSchema>;
export type SceneVisual = Type.Static<typeof SceneVisualSchema>;
export type ChartData = Type.Static<typeof ChartDataSchema>;
export type VisualSource = Type.Static<typeof VisualSourceSchema>;
export type Scene = Type.Static<typeof SceneSchema>;
export type Storyboard = Type.Static<typeof StoryboardSchema>;
export type StoryboardBrand = Type.Static<typeof StoryboardBrandSchema>;
