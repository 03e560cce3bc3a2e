import { readFile, writeFile } from 'node:fs/promises';
import type { Synthesis, TtsEngine } from '../tts/index.js';
import { contentHash, type RenderCache } from './render-cache.js';

/**
 * A scene's narration, remembered as step `tts:<hash>` of engine, voice, pace and text: a revision that
 * leaves a scene's words alone does not synthesise them again. Samples are kept as raw PCM beside a JSON
 * of the timings.
 */
export async function cachedSynthesize(
  tts: TtsEngine,
  cache: RenderCache,
  text: string,
  voiceId: string,
  options: { pace: number; signal?: AbortSignal },
): Promise<Synthesis> {
  const key = contentHash(tts.id, voiceId, String(options.pace), text);
  if (!cache.dir) return tts.synthesize(text, voiceId, options);
  let fresh: Synthesis | null = null;
  const [pcmPath, metaPath] = await cache.step(`tts:${key}`, ['speech.pcm', 'speech.json'], async ([pcm, meta]) => {
    fresh = await tts.synthesize(text, voiceId, options);
    await writeFile(pcm!, Buffer.from(fresh.samples.buffer, fresh.samples.byteOffset, fresh.samples.byteLength));
    const { samples: _samples, ...rest } = fresh;
    await writeFile(meta!, JSON.stringify(rest));
  });
  if (fresh) return fresh;
  const [pcm, meta] = await Promise.all([readFile(pcmPath!), readFile(metaPath!, 'utf8')]);
  const samples = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength));
  return { ...(JSON.parse(meta) as Omit<Synthesis, 'samples'>), samples };
}
