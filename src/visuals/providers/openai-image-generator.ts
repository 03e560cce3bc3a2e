import type { Orientation } from '../../storyboard/index.js';
import { fetchProviderJson } from './fetch-provider-json.js';
import { ProviderError, type ImageGenerator } from './visual-provider.js';

export interface OpenAiImageOptions {
  /** e.g. https://api.openai.com/v1, or a local server speaking the same API. */
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs?: number;
  fetch: typeof fetch;
}

const sizes: Record<Orientation, string> = { landscape: '1536x1024', portrait: '1024x1536' };

/** Images from an OpenAI-compatible `POST /images/generations` (OpenAI, or local servers with the same API). */
export class OpenAiImageGenerator implements ImageGenerator {
  readonly name = 'images';

  constructor(private readonly options: OpenAiImageOptions) {}

  async generate(prompt: string, { orientation, signal }: { orientation: Orientation; signal: AbortSignal }): Promise<{ bytes: Buffer; model: string }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const body = await fetchProviderJson<{ data?: Array<{ b64_json?: string; url?: string }> }>({
      provider: this.name,
      url: new URL(`${this.options.baseUrl.replace(/\/$/, '')}/images/generations`),
      init: { method: 'POST', headers, body: JSON.stringify({ model: this.options.model, prompt, n: 1, size: sizes[orientation] }) },
      timeoutMs: this.options.timeoutMs ?? 120_000,
      signal,
      fetch: this.options.fetch,
    });
    const first = body.data?.[0];
    if (first?.b64_json) return { bytes: Buffer.from(first.b64_json, 'base64'), model: this.options.model };
    if (first?.url) {
      const response = await this.options.fetch(first.url, { signal });
      if (response.ok) return { bytes: Buffer.from(await response.arrayBuffer()), model: this.options.model };
    }
    throw new ProviderError(this.name, 'the images endpoint returned no image', false);
  }
}
