/**
 * Stock footage and generated images (docs/visuals.md). PEXELS_API_KEY and/or PIXABAY_API_KEY turn on stock
 * search; IMAGE_BASE_URL (+ IMAGE_API_KEY, IMAGE_MODEL) turns on an OpenAI-compatible images endpoint.
 * PEXELS_BASE_URL / PIXABAY_BASE_URL point at a proxy or a test server. Unset: the bundled library only.
 */
export interface VisualsConfig {
  pexels: { apiKey: string; baseUrl: string | null } | null;
  pixabay: { apiKey: string; baseUrl: string | null } | null;
  images: { baseUrl: string; apiKey: string | null; model: string } | null;
  /** VISUALS_TIMEOUT_SEC: bound on one search or one image (default 15). */
  timeoutSec: number;
}

export function visualsFrom(env: NodeJS.ProcessEnv): VisualsConfig {
  const text = (name: string): string | null => env[name]?.trim() || null;
  const url = (name: string): string | null => {
    const value = text(name);
    if (value !== null && !/^https?:\/\//.test(value)) throw new Error(`${name} must start with http:// or https://, got "${value}"`);
    return value?.replace(/\/+$/, '') ?? null;
  };
  const pexelsKey = text('PEXELS_API_KEY');
  const pixabayKey = text('PIXABAY_API_KEY');
  const imagesUrl = url('IMAGE_BASE_URL');
  const timeout = Number(text('VISUALS_TIMEOUT_SEC') ?? 15);
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 300) throw new Error(`VISUALS_TIMEOUT_SEC must be between 1 and 300, got "${env.VISUALS_TIMEOUT_SEC}"`);
  return {
    pexels: pexelsKey ? { apiKey: pexelsKey, baseUrl: url('PEXELS_BASE_URL') } : null,
    pixabay: pixabayKey ? { apiKey: pixabayKey, baseUrl: url('PIXABAY_BASE_URL') } : null,
    images: imagesUrl ? { baseUrl: imagesUrl, apiKey: text('IMAGE_API_KEY'), model: text('IMAGE_MODEL') ?? 'gpt-image-1' } : null,
    timeoutSec: timeout,
  };
}
