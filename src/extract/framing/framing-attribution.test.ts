import { describe, expect, it } from 'vitest';
import type { Statement } from '../../domain/statement.js';
import { attributeFraming } from './framing-attribution.js';

function statement(actor: string | null, speaker: string, start: number, end: number): Statement {
  return {
    speaker: { text: speaker, start: 0, end: speaker.length, actor },
    cue: { text: 'said', start: 0, end: 4 },
    content: { text: '', start, end },
    direct: false,
    stance: 'assert',
    hedged: false,
    saidOn: null,
    confidence: 1,
  };
}

describe('attributeFraming', () => {
  const outer = statement('ua-officials', 'Ukrainian officials', 10, 100);
  const inner = statement('ru', 'Russia', 40, 60);

  it('gives a span to the innermost statement whose content holds it', () => {
    expect(attributeFraming(45, 55, [outer, inner], 'outlet-x')).toBe('ru');
    expect(attributeFraming(20, 30, [outer, inner], 'outlet-x')).toBe('ua-officials');
  });

  it('gives a span outside every statement to the outlet', () => {
    expect(attributeFraming(0, 8, [outer, inner], 'outlet-x')).toBe('outlet-x');
    expect(attributeFraming(0, 8, [], null)).toBeNull();
  });

  it('uses the speaker text when the actor is unresolved', () => {
    expect(attributeFraming(12, 14, [statement(null, 'a local commander', 10, 20)], 'o')).toBe(
      'a local commander',
    );
  });

  it('follows the middle of a span that runs past a statement', () => {
    expect(attributeFraming(95, 101, [outer], 'o')).toBe('ua-officials');
    expect(attributeFraming(99, 110, [outer], 'o')).toBe('o');
  });
});
