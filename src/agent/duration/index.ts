export { fitDuration, MIN_FIT_PACE, MAX_FIT_PACE, type FitDurationOptions, type FitDurationResult, type ReserveItem, type ReserveScene } from './fit-duration.js';
export { SceneMeasurer, type MeasureFn } from './scene-measurer.js';
