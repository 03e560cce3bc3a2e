import type { TtsEngine, Voice } from '../media/tts/index.js';

/** How long a voice list is trusted: a model pulled by another process (the CLI) brings voices within this. */
const VOICES_TTL_MS = 10_000;

/** The TTS engine's voices (re-listed every few seconds) and narration lengths (measured once per text, voice and pace). */
export class VoiceCatalog {
  private voices: { at: number; list: Voice[] } | null = null;
  private readonly durations = new Map<string, number>();

  constructor(private readonly tts: TtsEngine) {}

  async list(): Promise<Voice[]> {
    if (this.voices === null || Date.now() - this.voices.at > VOICES_TTL_MS) this.voices = { at: Date.now(), list: await this.tts.voices() };
    return this.voices.list;
  }

  /** Forget the list (a model was pulled or removed in this process). */
  invalidate(): void {
    this.voices = null;
  }

  /** For a catalogue voice whose model is not pulled: the sentence naming the command that installs it. */
  async missingVoiceHint(voiceId: string): Promise<string | null> {
    return (await this.tts.missingVoiceHint?.(voiceId)) ?? null;
  }

  async nameOf(voiceId: string): Promise<string> {
    return (await this.list()).find((v) => v.voice_id === voiceId)?.name ?? voiceId;
  }

  /** Planners measure the same sentences many times while fitting a duration. */
  async measure(text: string, voiceId: string, pace: number, signal: AbortSignal): Promise<number> {
    const key = `${voiceId}\u0000${pace}\u0000${text}`;
    const known = this.durations.get(key);
    if (known !== undefined) return known;
    const { duration } = await this.tts.synthesize(text, voiceId, { pace, signal });
    if (this.durations.size > 5000) this.durations.clear();
    this.durations.set(key, duration);
    return duration;
  }
}
