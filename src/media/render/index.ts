export { renderVideo, renderSceneSegments } from './render-video.js';
export type { RenderVideoOptions, RenderOutput, RenderStepEvent, SceneSegmentsOptions, SceneSegmentsOutput } from './render-video-options.js';
export {
  RENDER_STEPS, loadMedia, synthesizeNarration, drawStills, planSceneTimeline, writeCaptions, mixSoundtrack, buildSegments, muxVideo, makeGif,
  measureOutput, createRenderContext, createRenderCache, createStepRunner, planSegmentParts,
  type AnyRenderStep, type RenderStep, type RenderContext, type StepRunner, type SegmentPart,
} from './steps/index.js';
export { renderSceneImage, frameSize, type RenderSceneImageOptions } from './render-scene-image.js';
export { renderStyleThumbnail } from './render-style-thumbnail.js';
export { type RenderProgress, type RenderStage } from './render-progress.js';
export { type ResolveAsset } from './load-scene-media.js';
export { fitText, wrapText, type FittedText, type FitTextOptions, type TextMeasurer } from './fit-text.js';
export { planTimeline, FPS, MIN_SCENE_SEC, type TimelineScene } from './plan-timeline.js';
export { captionWords, groupCaptionCues, shiftCue, type CaptionCue, type CaptionWord } from './caption-cues.js';
export { buildSrt, formatSrtTime } from './build-srt.js';
export { buildAss, captionChangeFrames, escapeAssText, formatAssTime } from './build-ass.js';
export { drawScene } from './draw-scene.js';
export { type SceneDrawing, type MediaView } from './scene-drawing.js';
export { logoPlacement } from './logo-placement.js';
export { mediaPlacement } from './media-placement.js';
export { LAYOUT_DRAWERS, type LayoutDrawer, type LayoutFrame } from './layouts/index.js';
export { buildSegmentGraph, type SegmentGraph, type SegmentGraphOptions, type SegmentMedia } from './build-segment-graph.js';
export { buildVtt, formatVttTime } from './build-vtt.js';
export { RenderCache, contentHash, withPinnedRenderCache } from './render-cache.js';
export { evictRenderCache, type EvictRenderCacheOptions, type EvictRenderCacheResult } from './evict-render-cache.js';
export { createPresenterLayer, builtInPresenter, type PresenterLayer } from './presenter-layer.js';
export { contentBox, captionBand, presenterBox, logoBox, boxesOverlap, type Box } from './scene-geometry.js';
export { loadBrandLogo, type BrandLogo } from './load-brand-logo.js';
export {
  visualCredits, drawChart, chartLookFor, visualSlot, pictureOf, pickKineticWords, kineticChangeFrames, buildKineticAss, chartFrames, writeChartFrames, withStockMedia,
  type VisualMediaSource, type KineticWord, type ChartAnimation,
} from './visuals/index.js';
