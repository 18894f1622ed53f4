import { describe, expect, it } from 'vitest';
import { readTextDocument } from './text-reader.js';

const now = new Date('2025-05-01T12:00:00Z');
const context = { origin: 'post.txt', retrievedAt: now.toISOString() };
const read = (text: string, extra: { publishedAt?: string } = {}) =>
  readTextDocument(new TextEncoder().encode(text), { ...context, ...extra }, now);

describe('readTextDocument', () => {
  it('reads a signed social post as a post by that account on that date', () => {
    const { input, warnings } = read(
      'New footage shows the first units at a training ground in the Russian Far East.\n— Example Stratcom Unit (@ExampleStratcom) October 18, 2024\n',
    );
    expect(input).toMatchObject({
      kind: 'post',
      author: 'Example Stratcom Unit',
      outlet: '@ExampleStratcom',
      publishedAt: '2024-10-18',
      title: null,
    });
    expect(warnings).toEqual([]);
  });

  it('takes the headline as title and says when there is no date', () => {
    const { input, warnings } = read(
      'Seoul reports troop movement\n\nThe spy agency said troops had moved.\n',
    );
    expect(input).toMatchObject({
      kind: 'article',
      title: 'Seoul reports troop movement',
      publishedAt: null,
      language: 'en',
    });
    expect(warnings).toEqual(['no publication date: its relative dates are left unresolved']);
  });

  it('lets the user give the date', () => {
    expect(read('Troops moved.', { publishedAt: '2024-10-18' }).input.publishedAt).toBe('2024-10-18');
  });
});
