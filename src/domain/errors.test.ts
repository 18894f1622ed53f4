import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound } from './errors.js';

describe('ClaimlogError', () => {
  it('names the file and line in the message and keeps the code', () => {
    const error = new InvalidInput('expected a JSON object, found "[1,2]"', {
      where: { file: 'a.jsonl', line: 3 },
    });
    expect(error.message).toBe('a.jsonl:3: expected a JSON object, found "[1,2]"');
    expect(error.code).toBe('InvalidInput');
    expect(error.name).toBe('InvalidInput');
  });

  it('keeps its cause', () => {
    const cause = new Error('disk gone');
    expect(new NotFound('no document abc', { cause }).cause).toBe(cause);
  });
});
