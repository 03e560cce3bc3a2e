export { createSplitRenderer, type SplitRenderer, type SplitRendererOptions } from './create-split-renderer.js';
export { createRenderPartHandler, type RenderPartHandlerOptions } from './create-render-part-handler.js';
export { SharedRenderCache, sharedStepBlobKey, type SharedRenderCacheOptions } from './shared-render-cache.js';
export { RENDER_PART_JOB, partMarkerKey, type RenderPartJobData, type PartMarker } from './render-part-job.js';
export { sceneWeights, splitScenes } from './split-scenes.js';
export type { FarmRenderOptions, RenderFarmEvent } from './render-farm-types.js';
