/** A word of the narration and when it is spoken, in seconds from the start of the clip. */
export interface WordTiming {
  /** The word as written in the input text (punctuation stripped). */
  text: string;
  /** Offsets of the word in the input text (UTF-16 code units, end exclusive). */
  charStart: number;
  charEnd: number;
  start: number;
  end: number;
}

/** An IPA phoneme and when it is spoken (for lip-sync). */
export interface PhonemeTiming {
  phoneme: string;
  start: number;
  end: number;
}

export interface Synthesis {
  /** Mono 16-bit PCM. */
  samples: Int16Array;
  sampleRate: number;
  /** Length of the audio in seconds. */
  duration: number;
  words: WordTiming[];
  phonemes: PhonemeTiming[];
}

export type VoiceGender = 'female' | 'male';

export interface Voice {
  voice_id: string;
  name: string;
  /** Language tag, e.g. "en-us", "de", "fr". */
  language: string;
  gender: VoiceGender;
  /** Which engine speaks it, e.g. "espeak-ng", "kokoro", "piper". */
  engine: string;
  /** How natural it sounds: eSpeak is basic, pulled neural models are neural, hosted voices are cloud. */
  quality?: VoiceQuality;
  /** False for a catalogue voice whose model is not pulled yet (listed so a client can offer it). */
  installed?: boolean;
}

export type VoiceQuality = 'basic' | 'neural' | 'cloud';

export interface SynthesizeOptions {
  signal?: AbortSignal;
  /** Speed multiplier; 1 is the voice's normal pace. */
  pace?: number;
}

/** A text-to-speech engine: the renderer and the planner know this interface, never eSpeak itself. */
export interface TtsEngine {
  readonly id: string;
  voices(): Promise<Voice[]>;
  /** Rejects with a PermanentError for an unknown voice id. */
  synthesize(text: string, voiceId: string, options?: SynthesizeOptions): Promise<Synthesis>;
  close(): Promise<void>;
  /** Its voices plus those it could speak once a model is pulled (flagged `installed: false`); absent = voices(). */
  catalogueVoices?(): Promise<Voice[]>;
  /** For a voice id it cannot speak now: what would make it available (e.g. the models pull command), or null. */
  missingVoiceHint?(voiceId: string): Promise<string | null>;
}

/** A voice's quality, for voices whose engine does not say: eSpeak's are basic, the rest are hosted. */
export function voiceQuality(voice: Voice): VoiceQuality {
  return voice.quality ?? (voice.engine === 'espeak-ng' ? 'basic' : 'cloud');
}
