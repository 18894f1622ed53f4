import { describe, expect, it } from 'vitest';
import { checkPriority, earliestSupport, type SupportingDocument } from './priority.js';

const support = (
  documentId: string,
  source: string,
  publishedAt: string,
  logIndex: number | null,
): SupportingDocument => ({
  claimId: `${documentId}/c`,
  documentId,
  publishedAt,
  logIndex,
  source,
  outlet: source,
});
const isStratcom = (source: string | null): boolean => source === 'ua-spravdi';

describe('earliestSupport', () => {
  it('orders by publication day, then log index', () => {
    const first = earliestSupport([
      support('later', 'a', '2024-10-23', 3),
      support('second', 'b', '2024-10-18', 9),
      support('first', 'c', '2024-10-18', 2),
    ]);
    expect(first?.documentId).toBe('first');
  });
});

describe('checkPriority', () => {
  it('bears out a claim to be first when the claimant’s document is the earliest', () => {
    const check = checkPriority(
      'ua-spravdi',
      'p-footage',
      [
        support('observer-clip', 'nordic-observer', '2024-10-23', 12),
        support('stratcom-post', 'ua-spravdi', '2024-10-18', 7),
      ],
      isStratcom,
    );
    expect(check.verdict).toBe('borne out');
    expect(check.claimantEarliest?.documentId).toBe('stratcom-post');
  });

  it('does not bear it out when another source published first, and names that document', () => {
    const check = checkPriority(
      'ua-spravdi',
      'p-footage',
      [
        support('rival', 'someone-else', '2024-10-17', 30),
        support('stratcom-post', 'ua-spravdi', '2024-10-18', 7),
      ],
      isStratcom,
    );
    expect(check.verdict).toBe('not borne out');
    expect(check.earlierByOthers.map((d) => d.documentId)).toEqual(['rival']);
  });

  it('lets the log order settle a same-day tie, and says when it cannot', () => {
    const logged = checkPriority(
      'ua-spravdi',
      'p',
      [
        support('rival', 'someone-else', '2024-10-18', 9),
        support('stratcom-post', 'ua-spravdi', '2024-10-18', 7),
      ],
      isStratcom,
    );
    expect(logged.verdict).toBe('borne out');
    const unlogged = checkPriority(
      'ua-spravdi',
      'p',
      [
        support('rival', 'someone-else', '2024-10-18', null),
        support('stratcom-post', 'ua-spravdi', '2024-10-18', 7),
      ],
      isStratcom,
    );
    expect(unlogged.verdict).toBe('undetermined');
  });

  it('is undetermined when nothing but the claim itself is on record', () => {
    expect(checkPriority('ua-spravdi', 'p', [], isStratcom).verdict).toBe('undetermined');
  });
});
