import type { Scene, SceneVisual, Storyboard } from '../../storyboard/index.js';
import {
  assignVisuals,
  chartVisualFor,
  findProviderVisual,
  illustrationVisualFor,
  illustrationVisualNamed,
  lineIconFor,
  LINE_ICON_LICENCE,
  LINE_ICON_PROVIDER,
  resolveProviderVisuals,
  ILLUSTRATION_PROVIDER,
  type ProviderMiss,
  type VisualProviders,
} from '../../visuals/index.js';
import type { EditAppliers, EditState } from './edit-state.js';
import type { VisualEditKind, VisualEditOperation } from './visual-edit-operation.js';

export interface VisualEditEnvironment {
  /** Stock and image providers as configured, or null (pictures then come from the bundled library alone). */
  providers: VisualProviders | null;
  /** Earlier versions: "a different picture" does not bring back one the scene showed before. */
  history: readonly Storyboard[];
  signal: AbortSignal;
}

export interface VisualEditResult {
  storyboard: Storyboard;
  /** What could not be done as asked, one clause each ("no stock service is configured, so …"). */
  problems: string[];
}

const STOCK_KEYS = 'PEXELS_API_KEY or PIXABAY_API_KEY';
const IMAGE_KEYS = 'IMAGE_BASE_URL and IMAGE_MODEL';

/** The picture edits' appliers for the engine's map (edit-appliers.ts): each runs applyVisualEdit on the state. */
export const visualEdits: Pick<EditAppliers, VisualEditKind> = {
  set_visual: (op, state) => applyToState(op, state),
  remove_visual: (op, state) => applyToState(op, state),
  next_visual: (op, state) => applyToState(op, state),
  prefer_visuals: (op, state) => applyToState(op, state),
};

async function applyToState(op: VisualEditOperation, state: EditState): Promise<void> {
  const result = await applyVisualEdit(state.sb, op, { providers: state.pictures.providers, history: state.history, signal: state.pictures.signal });
  state.sb = result.storyboard;
  state.problems.push(...result.problems);
}

/** Carries out one picture edit: sets, removes or replaces a scene's visual, or changes the video's preference. */
export async function applyVisualEdit(sb: Storyboard, op: VisualEditOperation, env: VisualEditEnvironment): Promise<VisualEditResult> {
  if (op.op === 'prefer_visuals') return op.prefer === 'footage' ? preferFootage(sb, env) : preferLibrary(sb);
  const index = sb.scenes.findIndex((s) => s.id === op.scene_id);
  if (index < 0) return { storyboard: sb, problems: [`there is no scene with id "${op.scene_id}"`] };
  const scene = sb.scenes[index]!;
  const n = index + 1;
  switch (op.op) {
    case 'remove_visual':
      if (!scene.visual && scene.no_visual) return { storyboard: sb, problems: [`scene ${n} already has no picture`] };
      return done(sb, index, withoutMedia({ ...scene, visual: undefined, no_visual: true }));
    case 'next_visual':
      return nextVisual(sb, index, env);
    case 'set_visual':
      return setVisual(sb, index, op, env);
  }
}

async function setVisual(sb: Storyboard, index: number, op: Extract<VisualEditOperation, { op: 'set_visual' }>, env: VisualEditEnvironment): Promise<VisualEditResult> {
  const scene = sb.scenes[index]!;
  const n = index + 1;
  const query = op.query?.trim() ?? '';
  switch (op.kind) {
    case 'user_media': {
      if (!op.asset_id) return { storyboard: sb, problems: [`attach the image or video for scene ${n} to your message`] };
      const visual: SceneVisual = { kind: 'user_media', source: { provider: 'asset', id: op.asset_id }, pinned: true };
      return done(sb, index, { ...scene, media: { asset_id: op.asset_id, fit: 'cover', motion: 'zoom_in' }, visual });
    }
    case 'chart': {
      const chart = chartVisualFor(scene, sb.language);
      if (!chart) return { storyboard: sb, problems: [`scene ${n} has no figures to draw a chart from`] };
      return done(sb, index, withoutMedia({ ...scene, visual: { ...chart, pinned: true } }));
    }
    case 'icon': {
      const text = (query || scene.headline || '').toLowerCase();
      // An icon named exactly ("alarm-clock") first, then by its words.
      const id = lineIconFor([text.trim().replace(/\s+/g, '-'), ...text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)]);
      if (!id) return { storyboard: sb, problems: [`there is no line icon for “${query}”`] };
      const visual: SceneVisual = { kind: 'icon', query: query || undefined, source: { provider: LINE_ICON_PROVIDER, id }, attribution: 'Lucide icons (ISC)', licence: LINE_ICON_LICENCE, pinned: true };
      return done(sb, index, withoutMedia({ ...scene, visual }));
    }
    case 'illustration': {
      const visual = query ? illustrationVisualNamed(sb, index, query) : illustrationVisualFor(cleared(sb, index), index, seenOnScene(sb, index, env.history));
      if (!visual) return { storyboard: sb, problems: [`nothing in the picture library matches “${query}”`] };
      return done(sb, index, withoutMedia({ ...scene, visual: { ...visual, pinned: true } }));
    }
    case 'stock_image':
    case 'stock_video':
    case 'generated_image': {
      const words = query || scene.visual?.query || scene.headline || sb.title;
      const found = await findProviderVisual(
        { kind: op.kind, query: words, orientation: sb.orientation, minDurationSec: scene.duration_sec, exclude: providerKeys(sb), ...(op.pick ? { pick: op.pick } : {}) },
        env.providers,
        env.signal,
      );
      if (found.visual) return done(sb, index, withoutMedia({ ...scene, visual: found.visual }));
      return libraryInstead(sb, index, words, missReason(found.miss, op.kind, words));
    }
  }
}

/** The next picture of the same sort: another stock result or generated image, else the next best illustration. */
async function nextVisual(sb: Storyboard, index: number, env: VisualEditEnvironment): Promise<VisualEditResult> {
  const scene = sb.scenes[index]!;
  const current = scene.visual;
  if (current && (current.kind === 'stock_image' || current.kind === 'stock_video' || current.kind === 'generated_image')) {
    const query = current.query ?? scene.headline ?? sb.title;
    const seen = new Set([...providerKeys(sb), ...seenOnScene(sb, index, env.history, true)]);
    const found = await findProviderVisual(
      { kind: current.kind, query, orientation: sb.orientation, minDurationSec: scene.duration_sec, exclude: seen, variant: seen.size },
      env.providers,
      env.signal,
    );
    if (found.visual) return done(sb, index, { ...scene, visual: found.visual });
    const why = found.miss.reason === 'empty' ? `there is no other stock result for “${query}”` : missReason(found.miss, current.kind, query);
    return libraryInstead(sb, index, null, why);
  }
  const visual = illustrationVisualFor(cleared(sb, index), index, seenOnScene(sb, index, env.history));
  return done(sb, index, withoutMedia({ ...scene, visual: { ...visual, pinned: true } }));
}

/** More stock footage: every scene not pinned by the user gets a clip or photo where a provider has one. */
async function preferFootage(sb: Storyboard, env: VisualEditEnvironment): Promise<VisualEditResult> {
  if (!env.providers || env.providers.stock.length === 0) {
    return { storyboard: sb, problems: [`no stock footage service is configured (set ${STOCK_KEYS}), so the scenes keep their pictures from the built-in library`] };
  }
  const resolved = await resolveProviderVisuals({ ...sb, visual_preference: 'footage' }, env.providers, env.signal);
  return { storyboard: resolved.storyboard, problems: resolved.notices.map((n) => n.replace(/\.$/, '')) };
}

/** Only the bundled library: stock and generated pictures the user did not pin go back to illustrations. */
function preferLibrary(sb: Storyboard): VisualEditResult {
  const scenes = sb.scenes.map((scene) => {
    const kind = scene.visual?.kind;
    const fromProvider = kind === 'stock_image' || kind === 'stock_video' || kind === 'generated_image';
    return fromProvider && !scene.visual?.pinned ? clean({ ...scene, visual: undefined }) : scene;
  });
  return { storyboard: assignVisuals({ ...sb, scenes, visual_preference: 'library' }), problems: [] };
}

/** Falls back to the illustration named by `query` (or the scene's next best one) and says why. */
function libraryInstead(sb: Storyboard, index: number, query: string | null, why: string): VisualEditResult {
  const scene = sb.scenes[index]!;
  const visual = (query ? illustrationVisualNamed(sb, index, query) : null) ?? illustrationVisualFor(cleared(sb, index), index, new Set(currentIllustration(scene)));
  const name = visual.source?.id.replaceAll('-', ' ') ?? '';
  const next = done(sb, index, withoutMedia({ ...scene, visual: { ...visual, pinned: true } }));
  return { storyboard: next.storyboard, problems: [`${why}, so scene ${index + 1} shows the illustration “${name}” instead`] };
}

function missReason(miss: ProviderMiss, kind: 'stock_image' | 'stock_video' | 'generated_image', query: string): string {
  if (miss.reason === 'failed') return miss.message.replace(/\.$/, '');
  if (miss.reason === 'empty') return `the stock services found nothing for “${query}”`;
  return kind === 'generated_image' ? `no image generator is configured (set ${IMAGE_KEYS})` : `no stock photo or footage service is configured (set ${STOCK_KEYS})`;
}

function done(sb: Storyboard, index: number, scene: Scene): VisualEditResult {
  const scenes = [...sb.scenes];
  scenes[index] = clean(scene);
  return { storyboard: { ...sb, scenes }, problems: [] };
}

/** A new picture replaces the user's upload too (a media layout becomes a presenter one), unless it is the upload. */
function withoutMedia(scene: Scene): Scene {
  if (!scene.media || scene.visual?.kind === 'user_media') return scene;
  return { ...scene, media: undefined, layout: scene.layout === 'media' ? 'presenter' : scene.layout };
}

/** Drops keys set to undefined, and `no_visual` once a picture is back, so the stored JSON stays tidy. */
function clean(scene: Scene): Scene {
  const out = { ...scene } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  if (out.visual) delete out.no_visual;
  return out as Scene;
}

function cleared(sb: Storyboard, index: number): Storyboard {
  const scenes = [...sb.scenes];
  scenes[index] = { ...sb.scenes[index]!, visual: undefined };
  return { ...sb, scenes };
}

function currentIllustration(scene: Scene): string[] {
  return scene.visual?.source?.provider === ILLUSTRATION_PROVIDER ? [scene.visual.source.id] : [];
}

/** Every stock or generated item the video shows (`provider:id`). */
function providerKeys(sb: Storyboard): Set<string> {
  return new Set(sb.scenes.flatMap((s) => (s.visual?.source && s.visual.source.provider !== ILLUSTRATION_PROVIDER ? [`${s.visual.source.provider}:${s.visual.source.id}`] : [])));
}

/** The pictures this scene has shown, now and in earlier versions: library ids, or `provider:id` keys. */
function seenOnScene(sb: Storyboard, index: number, history: readonly Storyboard[], keys = false): Set<string> {
  const id = sb.scenes[index]!.id;
  const seen = new Set<string>();
  for (const version of [...history, sb]) {
    const source = version.scenes.find((s) => s.id === id)?.visual?.source;
    if (source) seen.add(keys ? `${source.provider}:${source.id}` : source.id);
  }
  return seen;
}
