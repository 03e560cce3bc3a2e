import { sceneSeconds, type Scene, type Storyboard } from '../../storyboard/index.js';
import { CancelledError } from '../../errors/index.js';

export type MeasureFn = (text: string, voiceId: string, pace: number) => Promise<number>;

/** Measures narration with the real TTS, remembering results so re-fitting a storyboard re-speaks only what changed. */
export class SceneMeasurer {
  private readonly cache = new Map<string, number>();
  calls = 0;

  constructor(
    private readonly measure: MeasureFn,
    private readonly signal: AbortSignal,
  ) {}

  /** Records a measurement made earlier (e.g. a scene's stored duration) so it is not spoken again. */
  remember(text: string, voiceId: string, pace: number, seconds: number): void {
    if (text.trim() !== '' && Number.isFinite(seconds) && seconds > 0) this.cache.set(`${voiceId}\u0000${pace}\u0000${text}`, seconds);
  }

  async seconds(text: string, voiceId: string, pace: number): Promise<number> {
    if (this.signal.aborted) throw new CancelledError();
    if (text.trim() === '') return 0;
    const key = `${voiceId}\u0000${pace}\u0000${text}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    this.calls++;
    const value = await this.measure(text, voiceId, pace);
    if (this.signal.aborted) throw new CancelledError();
    this.cache.set(key, value);
    return value;
  }

  /** The scene with duration_sec as the renderer will show it: spoken narration + padding, at least 2 s. */
  async scene(scene: Scene, storyboard: Pick<Storyboard, 'voice_id' | 'pace'>): Promise<Scene> {
    const spoken = await this.seconds(scene.narration, storyboard.voice_id, storyboard.pace);
    return { ...scene, duration_sec: round(sceneSeconds(spoken)) };
  }

  async storyboard(storyboard: Storyboard): Promise<Storyboard> {
    const scenes: Scene[] = [];
    for (const scene of storyboard.scenes) scenes.push(await this.scene(scene, storyboard));
    return { ...storyboard, scenes };
  }
}

export function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
