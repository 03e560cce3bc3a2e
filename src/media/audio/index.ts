export { buildNarrationTrack, type NarrationClip } from './build-narration-track.js';
export { narrationAudioFilter } from './narration-audio-filter.js';
