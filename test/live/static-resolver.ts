// A resolver answering from a fixed table, standing in for DNS so tests can make names point anywhere.
import type { ResolvedAddress, Resolver } from '../../src/ingest/url/ssrf-guard.js';

export interface StaticResolver extends Resolver {
  /** Names asked, in order. */
  asked: string[];
}

/** Each name maps to its addresses, or to a function giving the answer for the nth question (0-based). */
export function staticResolver(table: Record<string, string[] | ((n: number) => string[])>): StaticResolver {
  const asked: string[] = [];
  return {
    asked,
    resolve(hostname) {
      const n = asked.filter((h) => h === hostname).length;
      asked.push(hostname);
      const entry = table[hostname];
      if (entry === undefined) return Promise.reject(new Error(`ENOTFOUND ${hostname}`));
      const addresses = typeof entry === 'function' ? entry(n) : entry;
      return Promise.resolve(
        addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
    },
  };
}
