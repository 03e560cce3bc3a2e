import { ProviderError } from './visual-provider.js';

export interface ProviderRequest {
  provider: string;
  url: URL;
  init?: RequestInit;
  timeoutMs: number;
  signal: AbortSignal;
  fetch: typeof fetch;
}

/** One JSON call to a provider, bounded in time; every failure becomes a ProviderError that says what happened. */
export async function fetchProviderJson<T>({ provider, url, init, timeoutMs, signal, fetch: doFetch }: ProviderRequest): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await doFetch(url, { ...init, signal: AbortSignal.any([signal, timeout]) });
  } catch (error) {
    if (signal.aborted) throw error;
    const why = timeout.aborted ? `did not answer within ${timeoutMs / 1000} s` : `could not be reached (${(error as Error).message})`;
    throw new ProviderError(provider, `${provider} ${why}`, true);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const retryable = response.status === 429 || response.status >= 500;
    const why = response.status === 429 ? 'is rate-limiting us (429)' : response.status === 401 || response.status === 403 ? `refused the API key (${response.status})` : `answered ${response.status}`;
    throw new ProviderError(provider, `${provider} ${why}`, retryable);
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ProviderError(provider, `${provider} answered something that is not JSON`, true);
  }
}
