import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedIpv4, formatIp, inRange, parseIp, parseRange } from './ip-range.js';

describe('ip-range', () => {
  it('parses and formats IPv4 and IPv6 forms canonically', () => {
    const canon = (t: string): string | null => {
      const ip = parseIp(t);
      return ip === null ? null : formatIp(ip);
    };
    expect(canon('10.0.0.5')).toBe('10.0.0.5');
    expect(canon('[::1]')).toBe('::1');
    expect(canon('FE80::1%eth0')).toBe('fe80::1');
    expect(canon('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(canon('::ffff:7f00:1')).toBe('::ffff:127.0.0.1');
    expect(canon('64:ff9b::10.0.0.1')).toBe('64:ff9b::a00:1');
    expect(canon('10.1')).toBeNull();
    expect(canon('example.org')).toBeNull();
  });

  it('round-trips every IPv6 address through format and parse', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        expect(parseIp(formatIp({ family: 6, value }))).toEqual({ family: 6, value });
      }),
    );
  });

  it('tests CIDR membership, rejecting malformed ranges', () => {
    const r = parseRange('172.16.0.0/12');
    if (r === null) throw new Error('range did not parse');
    expect(inRange(parseIp('172.31.255.255')!, r)).toBe(true);
    expect(inRange(parseIp('172.32.0.0')!, r)).toBe(false);
    expect(parseRange('10.0.0.0/33')).toBeNull();
    expect(parseRange('10.0.0.0/8/1')).toBeNull();
    expect(parseRange('10.0.0.0/x')).toBeNull();
    expect(parseRange('fc00::/7')).toMatchObject({ family: 6, prefix: 7 });
  });

  it('finds the IPv4 address inside mapped, NAT64 and 6to4 forms', () => {
    const v4 = (t: string): string | null => {
      const e = embeddedIpv4(parseIp(t)!);
      return e === null ? null : formatIp(e);
    };
    expect(v4('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(v4('64:ff9b::c0a8:101')).toBe('192.168.1.1');
    expect(v4('2002:a9fe:a9fe::1')).toBe('169.254.169.254');
    expect(v4('2001:db8::1')).toBeNull();
  });
});
