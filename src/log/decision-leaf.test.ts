import { describe, expect, it } from 'vitest';
import { decisionLeaf } from './decision-leaf.js';

describe('decisionLeaf', () => {
  const decision = {
    action: 'status.set',
    subject: 'prop-troops-kursk',
    by: 'analyst@example.org',
    reason: 'admitted by both governments on 27 April 2025',
    decidedAt: '2025-04-28T08:30:00.000Z',
    details: { status: 'confirmed', asOf: '2025-04-27' },
  };

  it('writes the decision as canonical JSON with its type', () => {
    expect(new TextDecoder().decode(decisionLeaf(decision))).toBe(
      '{"action":"status.set","by":"analyst@example.org","decidedAt":"2025-04-28T08:30:00.000Z",' +
        '"details":{"asOf":"2025-04-27","status":"confirmed"},"reason":"admitted by both governments on 27 April 2025",' +
        '"subject":"prop-troops-kursk","type":"claimlog.decision/v1"}',
    );
  });

  it('refuses a decision an outsider could not read back', () => {
    expect(() => decisionLeaf({ ...decision, action: 'Set status' })).toThrow(/expected an action/);
    expect(() => decisionLeaf({ ...decision, by: ' ' })).toThrow(/who decided/);
    expect(() => decisionLeaf({ ...decision, decidedAt: '28/04/2025' })).toThrow(/UTC instant/);
    expect(() => decisionLeaf({ ...decision, details: { n: Number.NaN } })).toThrow(/finite number/);
  });
});
