import { BlockList, isIP } from 'node:net';

/** Address ranges an outbound request must never reach unless configuration allows it, with why. */
const ranges: Array<{ reason: string; v4?: [string, number]; v6?: [string, number] }> = [
  { reason: 'unspecified', v4: ['0.0.0.0', 8], v6: ['::', 128] },
  { reason: 'loopback', v4: ['127.0.0.0', 8], v6: ['::1', 128] },
  { reason: 'private', v4: ['10.0.0.0', 8] },
  { reason: 'private', v4: ['172.16.0.0', 12] },
  { reason: 'private', v4: ['192.168.0.0', 16] },
  // fd00:ec2::254 (the AWS metadata service over IPv6) sits inside fc00::/7.
  { reason: 'private', v6: ['fc00::', 7] },
  // 169.254.169.254 (cloud metadata services) sits inside 169.254/16.
  { reason: 'link-local', v4: ['169.254.0.0', 16], v6: ['fe80::', 10] },
  { reason: 'shared address space (CGNAT)', v4: ['100.64.0.0', 10] },
  { reason: 'reserved', v4: ['240.0.0.0', 4] },
  { reason: 'multicast', v4: ['224.0.0.0', 4], v6: ['ff00::', 8] },
  { reason: 'IETF protocol assignment', v4: ['192.0.0.0', 24] },
];

const lists = ranges.map(({ reason, v4, v6 }) => {
  const list = new BlockList();
  if (v4) list.addSubnet(v4[0], v4[1], 'ipv4');
  if (v6) list.addSubnet(v6[0], v6[1], 'ipv6');
  return { reason, list };
});

const metadata = new Set(['169.254.169.254', 'fd00:ec2::254']);

/** IPv4 addresses embedded in IPv6 (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d): judged as the IPv4 address. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1]!, 16);
    const low = parseInt(hex[2]!, 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return null;
}

/**
 * Why `address` (a literal IPv4 or IPv6 address) must not be reached, or null when it is a public address.
 * Anything that is not a parseable address is refused too: only addresses we can classify are let through.
 */
export function blockedAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const v4 = family === 6 ? embeddedIpv4(bare) : bare;
  if (v4 !== null) {
    if (metadata.has(v4)) return 'cloud metadata';
    for (const { reason, list } of lists) if (list.check(v4, 'ipv4')) return reason;
    return null;
  }
  if (metadata.has(bare.toLowerCase())) return 'cloud metadata';
  for (const { reason, list } of lists) if (list.check(bare, 'ipv6')) return reason;
  return null;
}
