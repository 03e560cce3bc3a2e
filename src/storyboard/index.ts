export * from './storyboard.js';
export { validateStoryboard, StoryboardValidationError } from './validate-storyboard.js';
export { upgradeStoryboard } from './upgrade-storyboard.js';
export { estimateNarrationSeconds } from './estimate-narration-seconds.js';
export { storyboardDuration, SCENE_LEAD_SEC, SCENE_TAIL_SEC, SCENE_PADDING_SEC, SCENE_MIN_SEC, sceneSeconds } from './storyboard-duration.js';
export { describeChanges, type VoiceDescription } from './describe-changes.js';
export { nextSceneId } from './next-scene-id.js';
export { placePresenter } from './place-presenter.js';
