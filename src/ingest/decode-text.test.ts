import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode-text.js';

const where = { file: 'report.txt' };
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  it('returns NFC text with \\n line ends and no BOM', () => {
    const text = decodeText(new TextEncoder().encode('\uFEFFCafe\u0301 said\r\nno.\r'), where);
    expect(text).toBe('Café said\nno.\n');
  });

  it('refuses an empty file', () => {
    expect(() => decodeText(bytes(), where)).toThrow('report.txt: empty: expected text, found 0 bytes');
  });

  it('refuses a file of whitespace', () => {
    expect(() => decodeText(new TextEncoder().encode(' \n\t\n'), where)).toThrow(
      'report.txt: empty: expected text, found only whitespace',
    );
  });

  it('refuses binary content, naming the offset of the NUL byte', () => {
    expect(() => decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), where)).toThrow(
      'report.txt: binary content: expected UTF-8 text, found a NUL byte at offset 4',
    );
  });

  it('refuses invalid UTF-8, naming the byte offset', () => {
    const latin1 = bytes(...new TextEncoder().encode('Seoul said '), 0xe9, 0x74, 0xe9);
    expect(() => decodeText(latin1, where)).toThrow(
      'report.txt: invalid UTF-8 at byte offset 11: expected UTF-8 text',
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts every well-formed sequence length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é 북 𝄞'))).toBe(-1);
  });

  it('finds truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });
});
