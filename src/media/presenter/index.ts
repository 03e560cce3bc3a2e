export type { AvatarLook, AvatarPalette, AvatarGender, AvatarOrientation, HairStyle, OutfitStyle } from './avatar-look.js';
export { mouthCues, phonemeShapes, shapeAt, MOUTH_SHAPES, type MouthShape, type MouthCue } from './mouth-cues.js';
export { presenterPose, blinkTimes, BLINK_DURATION_S, BLINK_MIN_INTERVAL_S, BLINK_MAX_INTERVAL_S, type PresenterPose } from './presenter-pose.js';
export { drawPresenter, DESIGN_WIDTH as PRESENTER_DESIGN_WIDTH, DESIGN_HEIGHT as PRESENTER_DESIGN_HEIGHT } from './draw-presenter.js';
export { presenterBoxFor, type PresenterBox, type PresenterBoxPlacement } from './presenter-box.js';
export { listAvatarLooks, getAvatarLook } from './built-in-looks.js';
export { seededRandom } from './seeded-random.js';
