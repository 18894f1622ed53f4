// The JSON shapes of issue 4's answers (propositions, timeline, sources, priority) that the proposition,
// source and "who was first" components draw. Phase 2 serves them; these types follow the contracts
// written in that issue, and can be replaced by `z.output` of the API's schemas once they exist.

export type Status =
  'alleged' | 'denied' | 'contested' | 'corroborated' | 'confirmed' | 'refuted' | 'single-source';

export interface PropositionRow {
  id: string;
  text: string;
  status: Status | null;
  firstSupportedOn: string | null;
  supports: number;
  disputes: number;
}

export interface TimelineEntry {
  on: string | null;
  speaker: { text: string; actor: string | null };
  outlet: string | null;
  stance: 'assert' | 'deny' | 'confirm' | 'contest';
  polarity: 'supports' | 'disputes';
  documentId: string;
  logIndex: number | null;
}

export interface Timeline {
  proposition: { id: string; text: string };
  status: { from: string; status: Status; why: string }[];
  entries: TimelineEntry[];
  evidence: { on: string | null; what: string; documentId: string }[];
}

export interface SourceRecord {
  id: string;
  name: string;
  kind: 'actor' | 'outlet';
  statements: number;
  right: number;
  wrong: number;
  reversed: number;
  pending: number;
  accuracy: { mean: number; low: number; high: number };
  medianLeadDays: number | null;
}

/** The earliest logged document supporting a proposition, and where its proof can be downloaded. */
export interface FirstSupport {
  proposition: { id: string; text: string };
  earliest: {
    documentId: string;
    publishedAt: string | null;
    logIndex: number | null;
    source: string | null;
    outlet: string | null;
  } | null;
  /** A same-site URL of the `.tlog-proof` of the earliest document, or null when it is not logged yet. */
  proofHref: string | null;
}
