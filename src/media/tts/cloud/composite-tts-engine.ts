import { PermanentError } from '../../../errors/index.js';
import type { Synthesis, SynthesizeOptions, TtsEngine, Voice } from '../tts-engine.js';

export interface TtsRoute {
  /** Voice ids starting with this go to `engine` (e.g. "espeak-", "openai-", "elevenlabs-"). */
  prefix: string;
  engine: TtsEngine;
}

/**
 * Several engines behind one TtsEngine, chosen by the voice id's prefix. The voice list is every engine's
 * voices; an engine whose list cannot be fetched (a cloud outage) is left out rather than failing the others.
 */
export class CompositeTtsEngine implements TtsEngine {
  readonly id: string;

  constructor(
    private readonly routes: readonly TtsRoute[],
    private readonly onVoicesError?: (engine: string, error: unknown) => void,
  ) {
    this.id = routes.map((route) => route.engine.id).join('+');
  }

  async voices(): Promise<Voice[]> {
    const lists = await Promise.all(
      this.routes.map(async (route) => {
        try {
          return (await route.engine.voices()).filter((voice) => voice.voice_id.startsWith(route.prefix));
        } catch (error) {
          this.onVoicesError?.(route.engine.id, error);
          return [];
        }
      }),
    );
    return lists.flat();
  }

  async catalogueVoices(): Promise<Voice[]> {
    const lists = await Promise.all(
      this.routes.map(async (route) => {
        try {
          return (await (route.engine.catalogueVoices?.() ?? route.engine.voices())).filter((voice) => voice.voice_id.startsWith(route.prefix));
        } catch (error) {
          this.onVoicesError?.(route.engine.id, error);
          return [];
        }
      }),
    );
    return lists.flat();
  }

  async missingVoiceHint(voiceId: string): Promise<string | null> {
    const route = this.routes.find((candidate) => voiceId.startsWith(candidate.prefix));
    return (await route?.engine.missingVoiceHint?.(voiceId)) ?? null;
  }

  synthesize(text: string, voiceId: string, options?: SynthesizeOptions): Promise<Synthesis> {
    const route = this.routes.find((candidate) => voiceId.startsWith(candidate.prefix));
    if (route === undefined) return Promise.reject(new PermanentError(`Unknown voice "${voiceId}"`));
    return route.engine.synthesize(text, voiceId, options);
  }

  async close(): Promise<void> {
    // Each engine once, even when it serves several prefixes.
    await Promise.all([...new Set(this.routes.map((route) => route.engine))].map((engine) => engine.close()));
  }
}
