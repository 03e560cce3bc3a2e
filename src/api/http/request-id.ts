import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const requestIdHeader = 'x-request-id';

// Short enough for logs and headers; no spaces or quotes, so it can never break a header or a log line.
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Honours a sane incoming X-Request-Id (a proxy's, a client's); otherwise makes one. */
export function genReqId(request: IncomingMessage): string {
  const incoming = request.headers[requestIdHeader];
  if (typeof incoming === 'string' && saneRequestId.test(incoming)) return incoming;
  return `req_${randomUUID().replaceAll('-', '')}`;
}
