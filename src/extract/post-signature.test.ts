import { describe, expect, it } from 'vitest';
import { findPostSignatures } from './post-signature.js';

describe('findPostSignatures', () => {
  it('reads an embedded-post signature whose name itself holds a dash', () => {
    const text =
      'Our footage was first.\n— SPRAVDI — Stratcom Centre (@StratcomCentre) April 28, 2025\nMore.';
    const [sig, ...rest] = findPostSignatures(text);
    expect(rest).toEqual([]);
    expect(sig).toEqual({
      name: 'SPRAVDI — Stratcom Centre',
      handle: '@StratcomCentre',
      date: '2025-04-28',
      start: 23,
      end: 23 + '— SPRAVDI — Stratcom Centre (@StratcomCentre) April 28, 2025'.length,
    });
    expect(text.slice(sig!.start, sig!.end)).toMatch(/^— SPRAVDI.*2025$/);
  });

  it('accepts a hyphen, abbreviated months and day-first dates', () => {
    const text = [
      '- Defence Ministry (@DefenceMin) Oct 3, 2024',
      '– Kyiv Desk (@kyivdesk) 5 March 2025',
      '— News Wire (@newswire) 2025-01-09',
    ].join('\n');
    expect(findPostSignatures(text).map((s) => [s.name, s.handle, s.date])).toEqual([
      ['Defence Ministry', '@DefenceMin', '2024-10-03'],
      ['Kyiv Desk', '@kyivdesk', '2025-03-05'],
      ['News Wire', '@newswire', '2025-01-09'],
    ]);
  });

  it('takes the handle as the name when the line has no name', () => {
    const [sig] = findPostSignatures('— @GeneralStaffUA April 27, 2025');
    expect(sig).toMatchObject({ name: '@GeneralStaffUA', handle: '@GeneralStaffUA', date: '2025-04-27' });
    const [paren] = findPostSignatures('— (@GeneralStaffUA) April 27, 2025');
    expect(paren).toMatchObject({ name: '@GeneralStaffUA', handle: '@GeneralStaffUA' });
  });

  it('keeps a signature without a date, and one with a name and date but no handle', () => {
    expect(findPostSignatures('— Ministry of Defence (@mod_russia)')).toMatchObject([
      { name: 'Ministry of Defence', handle: '@mod_russia', date: null },
    ]);
    expect(findPostSignatures('— Ministry of Defence, May 2, 2025')).toMatchObject([
      { name: 'Ministry of Defence', handle: null, date: '2025-05-02' },
    ]);
  });

  it('gives a null date for an impossible day', () => {
    expect(findPostSignatures('— Desk (@desk) February 30, 2025')[0]?.date).toBeNull();
  });

  it('ignores dash-led lines that are not signatures', () => {
    const text = [
      '- a bullet point about troops',
      '— the war goes on, officials said.',
      'Text with (@handle) April 28, 2025 in the middle',
      '- Reported on April 28, 2025 by several outlets and confirmed later that week by officials.',
    ].join('\n');
    expect(findPostSignatures(text)).toEqual([]);
  });
});
