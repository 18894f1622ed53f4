// The SSRF guard: resolves a URL's host itself and refuses special addresses, so fetches reach only what the user allows.
import { lookup } from 'node:dns/promises';
import { Forbidden, InvalidInput, Unavailable } from '../../domain/errors.js';
import {
  ALLOW_VARIABLE,
  addressAllowed,
  classifyAddress,
  hostAllowed,
  type AddressPolicy,
} from './address-policy.js';
import { formatIp, parseIp } from './ip-range.js';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves host names. Implementations MUST return every address the name currently resolves to (the
 * guard refuses the host if any of them is refused) and MUST reject when the name does not resolve.
 */
export interface Resolver {
  resolve(hostname: string): Promise<readonly ResolvedAddress[]>;
}

/** The operating system's resolver (`getaddrinfo`, so /etc/hosts counts), all addresses in its order. */
export const systemResolver: Resolver = {
  async resolve(hostname) {
    const answers = await lookup(hostname, { all: true, verbatim: true });
    return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  },
};

/** A URL whose host was checked, with the one address the connection must use. */
export interface CheckedTarget {
  url: URL;
  /** The host name without IPv6 brackets. */
  hostname: string;
  address: string;
  family: 4 | 6;
}

/**
 * Checks that `url` is http(s) and that every address its host resolves to is public or allowed by
 * `policy`. Returns the address to connect to, which the caller MUST pin (never resolving the name again).
 * Throws InvalidInput for a URL that is not http(s), Forbidden naming the address, its class and the
 * setting that would allow it, and Unavailable when the name does not resolve. Makes no connection.
 */
export async function checkTarget(
  url: URL,
  policy: AddressPolicy,
  resolver: Resolver,
): Promise<CheckedTarget> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInput(`refused ${url.href}: expected an http: or https: URL, found ${url.protocol}`);
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = parseIp(hostname);
  const byName = literal === null && hostAllowed(policy, hostname);
  let answers: readonly ResolvedAddress[];
  if (literal !== null) {
    answers = [{ address: formatIp(literal), family: literal.family }];
  } else {
    try {
      answers = await resolver.resolve(hostname);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new Unavailable(`could not fetch ${url.href}: ${hostname} does not resolve (${why})`, { cause });
    }
    if (answers.length === 0) {
      throw new Unavailable(`could not fetch ${url.href}: ${hostname} resolves to no address`);
    }
  }
  for (const answer of answers) {
    const ip = parseIp(answer.address);
    if (ip === null) {
      throw new Unavailable(
        `could not fetch ${url.href}: ${hostname} resolved to "${answer.address}", not an IP address`,
      );
    }
    if (byName || addressAllowed(policy, ip)) continue;
    const special = classifyAddress(ip);
    if (special === null) continue;
    const address = formatIp(ip);
    const single = `${address}/${ip.family === 4 ? 32 : 128}`;
    const subject = literal !== null ? `${address} is` : `${hostname} resolves to ${address},`;
    const fix =
      literal !== null
        ? `${ALLOW_VARIABLE}=${single}`
        : `${ALLOW_VARIABLE}=${hostname} or ${ALLOW_VARIABLE}=${single}`;
    throw new Forbidden(
      `refused ${url.href}: ${subject} ${article(special.class)} ${special.class} address (${special.range}); allow it with ${fix}`,
    );
  }
  const first = answers[0];
  if (first === undefined) throw new Unavailable(`could not fetch ${url.href}: no address`);
  const ip = parseIp(first.address);
  return ip === null
    ? { url, hostname, address: first.address, family: first.family }
    : { url, hostname, address: formatIp(ip), family: ip.family };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
