// IP addresses and CIDR ranges as numbers, so the SSRF guard can test membership exactly for IPv4 and IPv6.
import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as a number: 32 bits for IPv4, 128 bits for IPv6. */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

/** A CIDR range such as `10.0.0.0/8` or `fc00::/7`. */
export interface IpRange {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

/**
 * Parses an IPv4 dotted quad or an IPv6 address (with `::`, an embedded dotted quad, brackets or a
 * `%zone` suffix). Returns null for anything else; never guesses at shortened IPv4 forms like `10.1`.
 */
export function parseIp(text: string): IpAddress | null {
  let t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
  const zone = t.indexOf('%');
  if (zone >= 0) t = t.slice(0, zone);
  if (isIPv4(t)) return { family: 4, value: parseV4(t) };
  if (!isIPv6(t)) return null;
  return { family: 6, value: parseV6(t) };
}

function parseV4(t: string): bigint {
  return t.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(t: string): bigint {
  let text = t.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded dotted quad fills the last two groups: rewrite it as hex so one loop parses everything.
    const v4 = parseV4(tail);
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const fill = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...Array<string>(fill).fill('0'), ...restGroups];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/**
 * Formats an address canonically: RFC 5952 for IPv6 (lowercase, longest zero run as `::`), with
 * IPv4-mapped addresses in mixed notation (`::ffff:10.0.0.5`, RFC 5952 §5).
 */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join('.');
  }
  if (ip.value >> 32n === 0xffffn) return `::ffff:${formatIp({ family: 4, value: ip.value & 0xffffffffn })}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Parses `a.b.c.d/n` or `x::/n`; a bare address is a range of one. Returns null when malformed. */
export function parseRange(text: string): IpRange | null {
  const [addr = '', bits, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const ip = parseIp(addr);
  if (ip === null) return null;
  const width = ip.family === 4 ? 32 : 128;
  const prefix = bits === undefined ? width : Number(bits);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > width ||
    (bits !== undefined && !/^\d+$/.test(bits))
  ) {
    return null;
  }
  return { family: ip.family, base: ip.value & mask(width, prefix), prefix };
}

/** True when `ip` lies inside `range` (same family only; see `embeddedIpv4` for mapped forms). */
export function inRange(ip: IpAddress, range: IpRange): boolean {
  if (ip.family !== range.family) return false;
  const width = ip.family === 4 ? 32 : 128;
  return (ip.value & mask(width, range.prefix)) === range.base;
}

/** Formats a range as CIDR text. */
export function formatRange(range: IpRange): string {
  return `${formatIp({ family: range.family, value: range.base })}/${range.prefix}`;
}

function mask(width: number, prefix: number): bigint {
  const all = (1n << BigInt(width)) - 1n;
  return prefix === 0 ? 0n : (all >> BigInt(width - prefix)) << BigInt(width - prefix);
}

const V6_EMBEDDING: { range: IpRange; shift: bigint }[] = [
  // RFC 4291 §2.5.5.2 IPv4-mapped (::ffff:a.b.c.d) and §2.5.5.1 IPv4-compatible (::a.b.c.d).
  { range: { family: 6, base: 0xffffn << 32n, prefix: 96 }, shift: 0n },
  { range: { family: 6, base: 0n, prefix: 96 }, shift: 0n },
  // RFC 6052 NAT64 well-known prefix 64:ff9b::/96: a translator would connect to the embedded address.
  { range: { family: 6, base: 0x64ff9bn << 96n, prefix: 96 }, shift: 0n },
  // RFC 3056 6to4 2002:V4ADDR::/48.
  { range: { family: 6, base: 0x2002n << 112n, prefix: 16 }, shift: 80n },
];

/** The IPv4 address an IPv6 address stands for (mapped, compatible, NAT64, 6to4), or null. */
export function embeddedIpv4(ip: IpAddress): IpAddress | null {
  if (ip.family !== 6) return null;
  for (const { range, shift } of V6_EMBEDDING) {
    if (inRange(ip, range)) return { family: 4, value: (ip.value >> shift) & 0xffffffffn };
  }
  return null;
}
