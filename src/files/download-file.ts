import { AppError, CancelledError, invalid } from '../errors/index.js';
import { BlockedUrlError, defaultOutboundGuard, type OutboundGuard } from '../net/index.js';
import { checkClaimedType } from './check-claimed-type.js';
import { sniffMediaType, type SniffedType } from './sniff-media-type.js';

export interface DownloadOptions {
  maxBytes: number;
  /** Bound on the whole download, redirects included. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Where the URL sits in the request, e.g. "files[0].url". */
  param?: string;
  /** For tests and proxies; defaults to the guard's fetch. */
  fetch?: typeof fetch;
  /** Refuses private, loopback, link-local and metadata addresses (each hop); defaults to the process's guard. */
  guard?: OutboundGuard;
}

export interface DownloadedFile {
  bytes: Buffer;
  sniffed: SniffedType;
  /** From Content-Disposition or the URL path, sanitised; null when neither gives one. */
  filename: string | null;
}

const MAX_REDIRECTS = 5;

/** A name safe to store and show: no path, no control characters, no leading dots, at most 200 characters. */
export function sanitiseFilename(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (name.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 200 - ext.length) + ext;
  }
  return name === '' ? null : name;
}

/** The filename of a Content-Disposition header; `filename*` (RFC 5987) wins over `filename`. */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // A broken encoding falls back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (!plain) return null;
  return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!.trim();
}

function filenameFromUrl(url: URL): string | null {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function parseHttpUrl(raw: string, param: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw invalid(param, `${param} is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    if (base) throw new AppError('download_failed', `${base.href} redirected to a ${url.protocol} URL; only http and https are followed.`, { param });
    throw invalid(param, `${param} must be an http or https URL, not ${url.protocol}.`);
  }
  return url;
}

/** Drops a body we will not read; a failure here must not hide the real outcome. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Downloads a file a client pointed us to: http/https only, at most 5 redirects, a time bound on the whole
 * transfer, and never more than `maxBytes` read. Failures are AppErrors naming `param`: validation_error for a
 * bad URL, download_failed for an HTTP or network failure, payload_too_large, unsupported_media_type.
 */
export async function downloadFile(rawUrl: string, options: DownloadOptions): Promise<DownloadedFile> {
  const param = options.param ?? 'url';
  const doFetch = options.fetch ?? (options.guard ?? defaultOutboundGuard())?.fetch ?? fetch;
  let url = parseHttpUrl(rawUrl, param);
  if (options.signal?.aborted) throw new CancelledError();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  const fail = (error: unknown): never => {
    if (error instanceof AppError) throw error;
    if (error instanceof BlockedUrlError) throw invalid(param, `${param} is refused: ${error.message}`);
    if (options.signal?.aborted) throw new CancelledError();
    if (timeout.aborted) {
      throw new AppError('download_failed', `Downloading ${url.href} timed out after ${options.timeoutMs / 1000} s.`, { param, cause: error });
    }
    throw new AppError('download_failed', `Could not download ${url.href}: ${describeNetworkError(error)}.`, { param, cause: error });
  };

  try {
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      // Redirects are followed by hand so that each hop is checked (scheme, count).
      response = await doFetch(url, { redirect: 'manual', signal, headers: { accept: '*/*' } });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) break;
      await discard(response);
      if (redirects === MAX_REDIRECTS) {
        throw new AppError('download_failed', `Downloading ${rawUrl} took more than ${MAX_REDIRECTS} redirects.`, { param });
      }
      url = parseHttpUrl(location, param, url);
    }
    if (response.status < 200 || response.status >= 300) {
      await discard(response);
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw new AppError('download_failed', `Downloading ${url.href} failed: the server answered ${response.status}${reason}.`, { param });
    }
    const declared = Number(response.headers.get('content-length'));
    const tooLarge = () =>
      new AppError('payload_too_large', `The file at ${url.href} is larger than the limit of ${options.maxBytes} bytes.`, { param });
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await discard(response);
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > options.maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge();
        }
        chunks.push(value);
      }
    }
    const bytes = Buffer.concat(chunks, size);
    const filename = sanitiseFilename(filenameFromContentDisposition(response.headers.get('content-disposition')) ?? filenameFromUrl(url));
    const sniffed = checkClaimedType(sniffMediaType(bytes, { filename }), null, param);
    return { bytes, sniffed, filename };
  } catch (error) {
    return fail(error);
  }
}
