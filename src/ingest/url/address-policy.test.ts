import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../domain/errors.js';
import { addressAllowed, classifyAddress, hostAllowed, parseAllowList } from './address-policy.js';
import { parseIp } from './ip-range.js';

const classOf = (t: string): string | null => classifyAddress(parseIp(t)!)?.class ?? null;

describe('address-policy', () => {
  it('names the special range an address lies in, and passes public ones', () => {
    expect(classOf('127.0.0.1')).toBe('loopback');
    expect(classOf('169.254.169.254')).toBe('cloud metadata');
    expect(classOf('169.254.1.1')).toBe('link-local');
    expect(classOf('100.127.255.255')).toBe('shared (CGNAT)');
    expect(classOf('100.128.0.0')).toBeNull();
    expect(classOf('::ffff:192.168.0.1')).toBe('private');
    expect(classOf('2002:7f00:1::')).toBe('loopback');
    expect(classOf('255.255.255.255')).toBe('reserved');
    expect(classOf('8.8.8.8')).toBeNull();
    expect(classOf('2606:4700::1111')).toBeNull();
  });

  it('parses an allow list of hosts, wildcards and ranges', () => {
    const policy = parseAllowList(' feeds.lan, *.corp.example 10.1.0.0/16,::1 ');
    expect(policy.hosts).toEqual(['feeds.lan', '*.corp.example']);
    expect(hostAllowed(policy, 'FEEDS.lan.')).toBe(true);
    expect(hostAllowed(policy, 'news.corp.example')).toBe(true);
    expect(hostAllowed(policy, 'corp.example')).toBe(false);
    expect(hostAllowed(policy, 'evilcorp.example')).toBe(false);
    expect(addressAllowed(policy, parseIp('10.1.2.3')!)).toBe(true);
    expect(addressAllowed(policy, parseIp('::ffff:10.1.2.3')!)).toBe(true);
    expect(addressAllowed(policy, parseIp('10.2.0.1')!)).toBe(false);
  });

  it('rejects an entry that is neither a host nor a range, naming it', () => {
    expect(() => parseAllowList('ok.lan, 10.0.0.0/40')).toThrow(InvalidInput);
    expect(() => parseAllowList('ok.lan, http://x/')).toThrow(
      'CLAIMLOG_FETCH_ALLOW: expected host names or CIDR ranges separated by commas, found "http://x/"',
    );
  });
});
