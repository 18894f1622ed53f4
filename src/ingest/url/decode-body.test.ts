import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../domain/errors.js';
import { decodeBody } from './decode-body.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeBody', () => {
  it('takes the charset from a BOM, the header, an XML declaration or a meta tag, else UTF-8', () => {
    expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'windows-1252', 'x')).toBe('hi');
    expect(decodeBody(latin1('caf\xe9'), 'iso-8859-1', 'x')).toBe('café');
    expect(decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9</a>'), null, 'x')).toContain(
      '<a>é</a>',
    );
    expect(decodeBody(latin1('<html><meta charset="windows-1252"><p>\x93q\x94</p>'), null, 'x')).toContain(
      '“q”',
    );
    expect(decodeBody(new TextEncoder().encode('Київ'), null, 'x')).toBe('Київ');
  });

  it('names an unknown charset and where it was found', () => {
    expect(() => decodeBody(latin1('x'), 'x-klingon', 'https://a.example/')).toThrow(InvalidInput);
    expect(() => decodeBody(latin1('x'), 'x-klingon', 'https://a.example/')).toThrow(
      'https://a.example/: expected a known character encoding, found "x-klingon"',
    );
  });
});
