import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('csvField', () => {
  it('writes plain text, numbers and flags as they are, and nothing as an empty field', () => {
    expect(csvField('Seoul')).toBe('Seoul');
    expect(csvField(0.42)).toBe('0.42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180 §2.6–2.7)', () => {
    expect(csvField('Kursk, Russia')).toBe('"Kursk, Russia"');
    expect(csvField('called it "groundless"')).toBe('"called it ""groundless"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('neutralizes text a spreadsheet would run as a formula, with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    // Only the first character matters: a formula sign later in the text is harmless.
    expect(csvField('a = b')).toBe('a = b');
  });
});

describe('toCsv', () => {
  it('writes a header line, then a line per row, each ended by CRLF', () => {
    const columns = [
      { name: 'id', value: (r: { id: string; n: number | null }) => r.id },
      { name: 'n', value: (r: { id: string; n: number | null }) => r.n },
    ];
    expect(
      toCsv(columns, [
        { id: 'kr-nis', n: 3 },
        { id: 'a,b', n: null },
      ]),
    ).toBe('id,n\r\nkr-nis,3\r\n"a,b",\r\n');
    expect(toCsv(columns, [])).toBe('id,n\r\n');
  });
});
