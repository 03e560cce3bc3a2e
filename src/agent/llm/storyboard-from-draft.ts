import { STORYBOARD_SCHEMA, validateStoryboard, type Scene, type Storyboard } from '../../storyboard/index.js';
import { PermanentError } from '../../errors/index.js';
import type { Attachment, PlannerContext, PlanRequest, PlanResult } from '../planner.js';
import { closestStyleId, storyboardBrand } from '../brand/index.js';
import { plannedMessage } from '../builtin/index.js';
import { fitDuration, SceneMeasurer } from '../duration/index.js';
import { detectLanguage, detectScriptLanguage, headlineFrom, knownLanguages, splitSentences, type KnownLanguage } from '../text/index.js';
import { pickVoice } from '../voices/index.js';
import { requestPresenter, wishedPresenterGender } from '../presenter/index.js';
import type { PlanOutput } from './llm-schemas.js';

export function isMedia(a: Attachment): boolean {
  return a.mime_type.startsWith('image/') || a.mime_type.startsWith('video/');
}

function normaliseLanguage(raw: string, fallback: string): string {
  const tag = raw.trim().toLowerCase().replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/.test(tag) ? tag : fallback;
}

function knownLanguage(tag: string): KnownLanguage | undefined {
  const base = tag.slice(0, 2);
  return (knownLanguages as readonly string[]).includes(base) ? (base as KnownLanguage) : undefined;
}

const clip = (text: string | null | undefined, max: number): string | undefined => {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** A model's scene, made valid for its layout (a bullets scene with no bullets is a presenter scene…). */
function sceneFrom(draft: PlanOutput['scenes'][number], id: string, media: readonly Attachment[]): Scene {
  const narration = draft.narration.replace(/\s+/g, ' ').trim().slice(0, 5000);
  const scene: Scene = { id, layout: draft.layout, narration, presenter: 'none', transition: 'fade', duration_sec: 0 };
  const headline = clip(draft.headline, 300) ?? headlineFrom(splitSentences(narration)[0] ?? narration, 7);
  if (headline) scene.headline = headline;
  const bullets = (draft.bullets ?? []).map((b) => clip(b, 300)).filter((b): b is string => !!b).slice(0, 8);
  if (bullets.length > 0) scene.bullets = bullets;
  const stat = clip(draft.stat, 40);
  if (stat) scene.stat = stat;
  const attribution = clip(draft.attribution, 200);
  if (attribution) scene.attribution = attribution;
  const asset = media.find((m) => m.asset_id === draft.media_asset_id);
  if (asset) scene.media = { asset_id: asset.asset_id, fit: 'cover', motion: asset.mime_type.startsWith('image/') ? 'zoom_in' : 'none' };
  if ((scene.layout === 'bullets' && bullets.length < 2) || (scene.layout === 'stat' && !stat) || (scene.layout === 'media' && !asset)) scene.layout = 'presenter';
  return scene;
}

/**
 * A model's draft (from one structured call, or assembled from an outline and scenes) made into a storyboard:
 * voice and style chosen, narration measured with the real TTS, the length fitted, the result validated.
 * Every model-backed planner ends here, so they differ only in how they get the draft.
 */
export async function storyboardFromDraft(draft: PlanOutput, request: PlanRequest, context: PlannerContext): Promise<PlanResult & { kind: 'storyboard' }> {
    const language = normaliseLanguage(draft.language, detectScriptLanguage(request.prompt) ?? detectLanguage(request.prompt));
    // "With a female presenter": the voice is hers.
    const gender = wishedPresenterGender(request.prompt);
    const voice =
      request.voice_id ??
      (gender ? pickVoice(context.voices, { language, gender })?.voice_id : undefined) ??
      pickVoice(context.voices, { language })?.voice_id ??
      pickVoice(context.voices, { language: 'en' })?.voice_id ??
      context.voices[0]?.voice_id;
    if (!voice) throw new PermanentError('No voice is available to narrate the video.');
    const modelStyle = draft.style_id && context.styleIds.includes(draft.style_id) ? draft.style_id : null;
    const style = request.style_id ?? (request.brand_kit ? closestStyleId(request.brand_kit, context.styleIds) : null) ?? modelStyle ?? context.styleIds[0] ?? 'default';

    let storyboard: Storyboard = {
      schema: STORYBOARD_SCHEMA,
      version: 1,
      title: draft.title.trim().slice(0, 200),
      language,
      orientation: request.orientation ?? 'landscape',
      duration_target_sec: request.duration_sec ?? (draft.target_seconds !== null && draft.target_seconds >= 5 && draft.target_seconds <= 1800 ? Math.round(draft.target_seconds) : null),
      voice_id: voice,
      avatar_id: requestPresenter(request, context, voice),
      style_id: style,
      pace: 1,
      music: null,
      captions: { enabled: true, style: 'default' },
      scenes: draft.scenes.slice(0, 60).map((s, i) => sceneFrom(s, `s${i + 1}`, request.attachments.filter(isMedia))),
   
      ...(request.brand_kit ? { brand: storyboardBrand(request.brand_kit) } : {}),
    };
    const measurer = new SceneMeasurer(context.measure, context.signal);
    storyboard = await measurer.storyboard(storyboard);
    context.onProgress(0.6);
    let shortfall: { target: number; seconds: number } | null = null;
    // The API field wins; a length named in the prompt ("a 30-second video") counts too.
    const target = request.duration_sec ?? (draft.target_seconds !== null && draft.target_seconds >= 5 && draft.target_seconds <= 1800 ? Math.round(draft.target_seconds) : null);
    if (target !== null) {
      const known = knownLanguage(language);
      const fitted = await fitDuration(storyboard, {
        target,
        measurer,
        reserve: draft.reserve.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean),
        ...(known ? { language: known } : {}),
        onProgress: (f) => context.onProgress(0.6 + 0.35 * f),
      });
      storyboard = fitted.storyboard;
      if (!fitted.reached) shortfall = { target, seconds: fitted.seconds };
    }
    storyboard = validateStoryboard({ ...storyboard, scenes: storyboard.scenes.map((scene, i) => ({ ...scene, id: `s${i + 1}` })) });
    context.onProgress(1);
    return { kind: 'storyboard', storyboard, message: plannedMessage(storyboard, context.voices, shortfall) };
}
