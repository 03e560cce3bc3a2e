import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const idLength = 20;

/**
 * A random id like `ses_4f9KqZ…` (prefix, an underscore, 20 base62 characters ≈ 119 bits).
 * `newId('ses')` and `newId('ses_')` give the same shape.
 */
export function newId(prefix: string): string {
  let out = '';
  while (out.length < idLength) {
    for (const byte of randomBytes(idLength * 2)) {
      // 248 = 4 × 62: rejecting the top bytes keeps every character equally likely.
      if (byte >= 248) continue;
      out += alphabet[byte % 62];
      if (out.length === idLength) break;
    }
  }
  const head = prefix === '' || prefix.endsWith('_') ? prefix : `${prefix}_`;
  return head + out;
}
