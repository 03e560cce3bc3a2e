export { buildNarrationTrack, type NarrationClip } from './build-narration-track.js';
export { buildMixFilter, measureLoudnessFilter, normaliseFilter, parseIntegratedLoudness, TARGET_LUFS, type MixBackground, type MixFilterOptions } from './build-mix-filter.js';
export { BUILT_IN_BEDS, BED_LOOP_SEC, bedArgs, bedTonesWav, isBuiltInBed, type BuiltInBed } from './built-in-beds.js';
