// Hand-written data in the shapes the API serves, for component tests only (never served).

import type { FirstSupport, SourceRecord, Timeline } from '../assessment-contracts.js';

/** Troops in Kursk: a report, a denial, corroboration by captured soldiers, then admissions. */
export const TROOPS_TIMELINE: Timeline = {
  proposition: { id: 'p-troops', text: 'North Korean troops fight for Russia in Kursk' },
  status: [
    { from: '2024-10-18', status: 'alleged', why: 'asserted by kr-nis' },
    { from: '2024-10-24', status: 'contested', why: 'kp disputes it' },
    { from: '2025-01-11', status: 'corroborated', why: 'physical evidence: soldiers captured' },
    { from: '2025-04-27', status: 'confirmed', why: "the accused party's own admission (kp)" },
  ],
  entries: [
    entry('2024-10-18', 'South Korean intelligence', 'kr-nis', 'assert', 'supports', 'Yonhap'),
    entry('2024-10-24', 'North Korea', 'kp', 'deny', 'disputes', 'KCNA'),
    entry('2024-12', 'a Pentagon spokesman', 'us-pentagon', 'assert', 'supports', 'Capitol Dispatch'),
    entry('2025-04-26', 'Valery Gerasimov', 'ru', 'confirm', 'supports', 'TASS'),
    entry('2025-04-27', 'North Korea', 'kp', 'confirm', 'supports', 'KCNA'),
    entry(null, '<img src=x onerror=alert(1)>', null, 'assert', 'supports', 'Undated Wire'),
  ],
  evidence: [
    {
      on: '2025-01-11',
      what: 'two soldiers captured',
      documentId: 'e1',
      kind: 'physical evidence',
      linkId: 'le1',
      polarity: 'supports',
      logIndex: null,
    },
  ],
  asOf: null,
};

export const SOURCES: SourceRecord[] = [
  source('kr-nis', 'South Korean intelligence', 4, 0, 0, { mean: 0.83, low: 0.48, high: 0.99 }, 186),
  source('kp', 'North Korea', 0, 0, 1, { mean: 0.33, low: 0.01, high: 0.84 }, null),
];

const EARLIEST: NonNullable<FirstSupport['earliest']> = {
  claimId: '0a94d15281fcfe76:0',
  documentId: '0a94d15281fcfe76',
  publishedAt: '2024-10-18',
  logIndex: 3,
  source: 'kr-nis',
  outlet: 'Yonhap',
};

export const FIRST: FirstSupport = {
  proposition: { id: 'p-troops', text: TROOPS_TIMELINE.proposition.text },
  earliest: EARLIEST,
  priority: null,
  proved: EARLIEST,
  checkpoint: null,
  proofHref: '/documents/0a94d15281fcfe76/proof',
  leafHref: '/documents/0a94d15281fcfe76/leaf',
  asOf: null,
};

function entry(
  on: string | null,
  text: string,
  actor: string | null,
  stance: Timeline['entries'][number]['stance'],
  polarity: Timeline['entries'][number]['polarity'],
  outlet: string,
): Timeline['entries'][number] {
  return {
    on,
    speaker: { text, actor },
    outlet,
    stance,
    polarity,
    documentId: `d-${text.length}`,
    logIndex: null,
    linkId: `l-${text.length}`,
    claimId: `d-${text.length}:0`,
    state: 'suggested',
    basis: 'match',
    text: `what ${text} said`,
  };
}

function source(
  id: string,
  name: string,
  right: number,
  wrong: number,
  reversed: number,
  accuracy: SourceRecord['accuracy'],
  medianLeadDays: number | null,
): SourceRecord {
  return {
    id,
    name,
    kind: 'actor',
    statements: right + wrong + reversed + 2,
    right,
    wrong,
    reversed,
    pending: 2,
    accuracy,
    medianLeadDays,
    framing: null,
  };
}
