import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';
import { blockedAddressReason } from './blocked-address-reason.js';
import { BlockedUrlError } from './blocked-url-error.js';

export interface OutboundPolicy {
  /** Let requests reach loopback, private, link-local and metadata addresses (tests, trusted intranets). */
  allowPrivateUrls: boolean;
  /** Hosts (exact, or "*.example.com") and addresses or CIDRs ("10.1.0.0/16") allowed despite the ranges. */
  outboundAllowlist: readonly string[];
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Guards every request the server makes on a client's behalf (file downloads, webhooks). */
export interface OutboundGuard {
  readonly policy: OutboundPolicy;
  /**
   * Checks a URL before it is accepted (request time): http/https only, and the host — a literal address, or
   * every address DNS gives for the name — not in a refused range. Throws BlockedUrlError. A name that does not
   * resolve now is accepted: sending is guarded again, address by address, at connect time.
   */
  checkUrl(raw: string | URL): Promise<URL>;
  /** fetch whose connections go only to checked addresses (the DNS answer is checked, then connected to). */
  fetch: typeof fetch;
  /** A `lookup` for node:net/http/undici that refuses hosts resolving to a refused address. */
  lookup(hostname: string, options: LookupOptions, callback: LookupCallback): void;
  close(): Promise<void>;
}

function hostMatcher(allowlist: readonly string[]): { host(name: string): boolean; address(ip: string): boolean } {
  const names = new Set<string>();
  const suffixes: string[] = [];
  const addresses = new BlockList();
  for (const raw of allowlist) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    const [base, bits] = entry.split('/', 2);
    const family = isIP(base!);
    if (family !== 0) {
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) addresses.addAddress(base!, type);
      else addresses.addSubnet(base!, Number(bits), type);
    } else if (entry.startsWith('*.')) suffixes.push(entry.slice(1));
    else names.add(entry);
  }
  return {
    host: (name) => {
      const lower = name.toLowerCase().replace(/\.$/, '');
      return names.has(lower) || suffixes.some((suffix) => lower.endsWith(suffix));
    },
    address: (ip) => {
      const family = isIP(ip);
      return family !== 0 && addresses.check(ip, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

function unbracket(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '');
}

/** Builds the guard for one policy; the composition root makes one and hands it to whatever sends requests. */
export function createOutboundGuard(policy: OutboundPolicy): OutboundGuard {
  const allowed = hostMatcher(policy.outboundAllowlist);

  /** Why this address of `host` is refused, or null. */
  const refusal = (host: string, address: string): string | null => {
    if (policy.allowPrivateUrls || allowed.host(host) || allowed.address(address)) return null;
    return blockedAddressReason(address);
  };
  const refuse = (host: string, address: string, reason: string) =>
    new BlockedUrlError(
      address === host ? `${host} is a ${reason} address; outbound requests to it are refused.` : `${host} resolves to ${address}, a ${reason} address; outbound requests to it are refused.`,
      host,
    );

  const lookup: OutboundGuard['lookup'] = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, answers) => {
      if (error) return callback(error, []);
      const list = answers as LookupAddress[];
      // Every answer is checked, not just the first: the connection may try any of them.
      for (const answer of list) {
        const reason = refusal(hostname, answer.address);
        if (reason) return callback(refuse(hostname, answer.address, reason) as NodeJS.ErrnoException, []);
      }
      if (list.length === 0) return callback(Object.assign(new Error(`${hostname} has no address.`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };

  /** Scheme and literal-address checks, which need no DNS. */
  const checkShape = (raw: string | URL): URL => {
    let url: URL;
    try {
      url = typeof raw === 'string' ? new URL(raw) : raw;
    } catch {
      throw new BlockedUrlError(`"${String(raw).slice(0, 200)}" is not a valid URL.`, '');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new BlockedUrlError(`Only http and https URLs are allowed, not ${url.protocol}.`, url.hostname);
    }
    const host = unbracket(url.hostname);
    if (isIP(host) !== 0) {
      const reason = refusal(host, host);
      if (reason) throw refuse(host, host, reason);
    } else if (!policy.allowPrivateUrls && !allowed.host(host) && (host === 'localhost' || host.endsWith('.localhost'))) {
      // Resolvers answer "localhost" from /etc/hosts; refuse it by name too, so it fails the same way everywhere.
      throw refuse(host, host, 'loopback');
    }
    return url;
  };

  // The agent connects to whatever our lookup answered, so the checked address is the one connected to
  // (no gap for DNS rebinding between the check and the connection).
  const agent = new Agent({ connect: { lookup } });

  const guardedFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const target = input instanceof Request ? input.url : input;
    checkShape(target);
    try {
      return await fetch(input, { ...init, dispatcher: agent } as RequestInit);
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof BlockedUrlError) throw cause;
      throw error;
    }
  }) as typeof fetch;

  return {
    policy,
    checkUrl: async (raw) => {
      const url = checkShape(raw);
      const host = unbracket(url.hostname);
      if (isIP(host) === 0 && !policy.allowPrivateUrls) {
        await new Promise<void>((resolve, reject) =>
          lookup(host, { all: true }, (error) => {
            if (error instanceof BlockedUrlError) reject(error);
            else resolve();
          }),
        );
      }
      return url;
    },
    fetch: guardedFetch,
    lookup,
    close: () => agent.close(),
  };
}
