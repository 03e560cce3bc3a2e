export { dtwTimeMap, type AlignClip } from './dtw-time-map.js';
export { mfccFeatures, HOP_SECONDS } from './mfcc-features.js';
export { speechSpan, soundOnset } from './speech-span.js';
