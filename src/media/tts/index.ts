export type { TtsEngine, Voice, VoiceGender, Synthesis, SynthesizeOptions, WordTiming, PhonemeTiming } from './tts-engine.js';
