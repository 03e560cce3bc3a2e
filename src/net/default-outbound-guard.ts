import type { OutboundGuard } from './outbound-guard.js';

let current: OutboundGuard | null = null;

/**
 * The guard that downloads use when their caller passes none. The composition root sets it once from the
 * configuration (createServer), because the session code that downloads attachments is not handed one.
 * Unset (library use, unit tests of the downloader) means unguarded: the process has no policy to apply.
 */
export function setDefaultOutboundGuard(guard: OutboundGuard | null): void {
  current = guard;
}

export function defaultOutboundGuard(): OutboundGuard | null {
  return current;
}
