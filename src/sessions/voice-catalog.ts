import type { TtsEngine, Voice } from '../media/tts/index.js';

/** The TTS engine's voices (listed once) and narration lengths (measured once per text, voice and pace). */
export class VoiceCatalog {
  private voices: Voice[] | null = null;
  private readonly durations = new Map<string, number>();

  constructor(private readonly tts: TtsEngine) {}

  async list(): Promise<Voice[]> {
    this.voices ??= await this.tts.voices();
    return this.voices;
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
