import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** The headers a signed delivery carries. */
export type WebhookSignatureHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
  'x-heygen-signature': string;
};

/** A new endpoint secret: "whsec_" + base64 of 24 random bytes (the Standard Webhooks shape). */
export function createWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString('base64');
}

/** The HMAC key of a secret: the bytes after the prefix, base64-decoded. */
export function webhookSecretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('A webhook secret starts with "whsec_".');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (key.length < 16) throw new Error('A webhook secret must hold at least 16 bytes.');
  return key;
}

function hmac(key: Buffer, data: string | Uint8Array): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/**
 * Signs one delivery attempt: `webhook-signature` is `v1,` + base64 HMAC-SHA256 of "{id}.{timestamp}.{body}",
 * `x-heygen-signature` the hex HMAC-SHA256 of the raw body. Handlers written for the hosted service key that
 * HMAC with the secret string as given to them, so it is keyed with the secret's UTF-8 text, not its decoded bytes.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): WebhookSignatureHeaders {
  const key = webhookSecretKey(secret);
  const ts = String(Math.floor(timestamp));
  return {
    'webhook-id': id,
    'webhook-timestamp': ts,
    'webhook-signature': `v1,${hmac(key, `${id}.${ts}.${body}`).toString('base64')}`,
    'x-heygen-signature': hmac(Buffer.from(secret, 'utf8'), body).toString('hex'),
  };
}

/** Fetch's Headers, Node's IncomingHttpHeaders, or any plain object (names in any case). */
export type HeaderBag = Headers | Readonly<Record<string, string | string[] | undefined>>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A signature as received against the one expected, as text: base64 decoding ignores spare bits, so a signature has one spelling. */
function sameText(given: string, expected: string): boolean {
  return sameBytes(Buffer.from(given, 'utf8'), Buffer.from(expected, 'utf8'));
}

export interface VerifyWebhookOptions {
  /** Unix seconds; defaults to the clock. */
  now?: number;
}

/**
 * Verifies a received delivery (what a receiver does): the `webhook-signature` must hold a `v1` signature
 * that matches (several space-separated ones are allowed, for secret rotation), the timestamp must be within
 * `toleranceSec` of now (replay protection), and an `x-heygen-signature`, when present, must match too.
 * `body` is the raw body as received, not re-serialised JSON.
 */
export function verifyWebhook(
  secret: string,
  headers: HeaderBag,
  body: string | Uint8Array,
  toleranceSec = 300,
  options: VerifyWebhookOptions = {},
): boolean {
  const id = header(headers, 'webhook-id');
  const ts = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !ts || !signatures || !/^\d+$/.test(ts)) return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(ts)) > toleranceSec) return false;

  let key: Buffer;
  try {
    key = webhookSecretKey(secret);
  } catch {
    return false;
  }
  const raw = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const expected = hmac(key, Buffer.concat([Buffer.from(`${id}.${ts}.`), raw]));
  const matches = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2);
    return version === 'v1' && signature !== undefined && sameText(signature, expected.toString('base64'));
  });
  if (!matches) return false;

  const heygen = header(headers, 'x-heygen-signature');
  if (heygen !== undefined && !sameText(heygen.toLowerCase(), hmac(Buffer.from(secret, 'utf8'), raw).toString('hex'))) return false;
  return true;
}

/**
 * The secret for `callback_url` deliveries, which have no registered endpoint to hold one: derived per API key
 * owner from the server secret, so it is stable across restarts and differs between owners.
 */
export function callbackSecretFor(serverSecret: string, owner: string): string {
  const key = createHmac('sha256', serverSecret).update(`ova-webhook-callback:${owner}`).digest();
  return SECRET_PREFIX + key.subarray(0, 24).toString('base64');
}
