// Which network addresses claimlog may fetch from: public ones, plus hosts and ranges the user allows.
import { InvalidInput } from '../../domain/errors.js';
import { embeddedIpv4, formatRange, inRange, parseRange, type IpAddress, type IpRange } from './ip-range.js';

/** Why an address is not public. */
export type AddressClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cloud metadata'
  | 'unspecified'
  | 'multicast'
  | 'shared (CGNAT)'
  | 'reserved';

interface Special {
  range: IpRange;
  class: AddressClass;
}

function special(cidr: string, cls: AddressClass): Special {
  const range = parseRange(cidr);
  if (range === null) throw new Error(`bad built-in range ${cidr}`);
  return { range, class: cls };
}

// Order matters: the first match names the class, so the metadata hosts come before their wider ranges.
const SPECIAL_RANGES: readonly Special[] = [
  special('169.254.169.254/32', 'cloud metadata'),
  special('fd00:ec2::254/128', 'cloud metadata'),
  special('0.0.0.0/8', 'unspecified'), // RFC 1122 "this network"; 0.0.0.0 reaches the local host on Linux
  special('127.0.0.0/8', 'loopback'),
  special('10.0.0.0/8', 'private'),
  special('172.16.0.0/12', 'private'),
  special('192.168.0.0/16', 'private'),
  special('169.254.0.0/16', 'link-local'),
  special('100.64.0.0/10', 'shared (CGNAT)'),
  special('224.0.0.0/4', 'multicast'),
  special('240.0.0.0/4', 'reserved'), // includes 255.255.255.255 broadcast
  special('192.0.0.0/24', 'reserved'), // RFC 6890 IETF protocol assignments
  special('198.18.0.0/15', 'reserved'), // RFC 2544 benchmarking
  special('::/128', 'unspecified'),
  special('::1/128', 'loopback'),
  special('fc00::/7', 'private'), // RFC 4193 unique local
  special('fec0::/10', 'private'), // RFC 3879 deprecated site-local
  special('fe80::/10', 'link-local'),
  special('ff00::/8', 'multicast'),
];

/**
 * Classifies an address: null when it is public, else the kind of special range it lies in. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
 */
export function classifyAddress(ip: IpAddress): { class: AddressClass; range: string } | null {
  const v4 = embeddedIpv4(ip);
  if (v4 !== null && !(ip.value === 0n || ip.value === 1n)) return classifyAddress(v4);
  for (const s of SPECIAL_RANGES) {
    if (inRange(ip, s.range)) return { class: s.class, range: formatRange(s.range) };
  }
  return null;
}

/** What the user allows beyond public addresses. */
export interface AddressPolicy {
  /** Host names allowed whatever they resolve to: `feeds.internal` exactly, or `*.internal` for subdomains. */
  hosts: readonly string[];
  /** CIDR ranges (or single addresses) allowed even though they are special. */
  ranges: readonly IpRange[];
}

/** The default: public addresses only. */
export const PUBLIC_ONLY: AddressPolicy = { hosts: [], ranges: [] };

/** The environment variable (comma-separated hosts and CIDR ranges) the refusal messages point to. */
export const ALLOW_VARIABLE = 'CLAIMLOG_FETCH_ALLOW';

/**
 * Parses an allow list such as `feeds.lan, *.corp.example, 10.1.0.0/16, ::1`: entries that parse as an
 * address or CIDR are ranges, the rest host names. Throws InvalidInput naming the entry when one is neither.
 */
export function parseAllowList(text: string, source = ALLOW_VARIABLE): AddressPolicy {
  const hosts: string[] = [];
  const ranges: IpRange[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const range = parseRange(entry);
    if (range !== null) ranges.push(range);
    else if (/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(entry)) {
      hosts.push(entry.toLowerCase().replace(/\.$/, ''));
    } else {
      throw new InvalidInput(
        `${source}: expected host names or CIDR ranges separated by commas, found "${entry}"`,
      );
    }
  }
  return { hosts, ranges };
}

/** True when the policy allows `hostname` by name (exactly or by a `*.` suffix rule). */
export function hostAllowed(policy: AddressPolicy, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return policy.hosts.some((rule) =>
    rule.startsWith('*.') ? host.endsWith(rule.slice(1)) && host.length > rule.length - 1 : host === rule,
  );
}

/** True when the policy allows `ip` by range; IPv4 ranges also cover IPv6 forms carrying that address. */
export function addressAllowed(policy: AddressPolicy, ip: IpAddress): boolean {
  const v4 = embeddedIpv4(ip);
  return policy.ranges.some((r) => inRange(ip, r) || (v4 !== null && inRange(v4, r)));
}
