import { describe, expect, it } from 'vitest';
import { expandConcepts } from './concept-expansion.js';

describe('expandConcepts', () => {
  it('adds the canonical names of the parties, places and troops a text names', () => {
    const expanded = expandConcepts('Pyongyang sent its soldiers to fight for Moscow near Sudzha');
    expect(expanded.startsWith('Pyongyang sent its soldiers')).toBe(true);
    expect(expanded).toContain('North Korea');
    expect(expanded).toContain('Russia');
    expect(expanded).toContain('Sudzha');
    expect(expanded).toContain('troops');
  });

  it('leaves a text that names no concept as it is', () => {
    expect(expandConcepts('the price of bread rose')).toBe('the price of bread rose');
  });
});
