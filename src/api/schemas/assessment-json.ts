// The JSON shapes of assessment as the API serves them: propositions, timelines, track records with
// framing profiles, "who was first", similar claims, and analyst decisions (issue 4's contracts, extended).

import { z } from 'zod';
import { STATUSES, type Status } from '../../assess/status-rules.js';
import { named } from '../schema-registry.js';
import { pageOf } from './page-json.js';
import { PartialDateJson, StanceJson } from './statement-json.js';

export const StatusJson = named('Status', z.enum(STATUSES as [Status, ...Status[]]));
const PolarityJson = named('Polarity', z.enum(['supports', 'disputes']));

export const PropositionRowJson = named(
  'PropositionRow',
  z.object({
    id: z.string(),
    text: z.string().describe('what is claimed, in canonical words'),
    status: StatusJson.nullable(),
    firstSupportedOn: PartialDateJson.nullable(),
    supports: z.int().min(0),
    disputes: z.int().min(0),
  }),
);
export const PropositionPageJson = pageOf('PropositionPage', PropositionRowJson);

const StatusChangeJson = named(
  'StatusChange',
  z.object({ from: PartialDateJson, status: StatusJson, why: z.string() }),
);

export const TimelineJson = named(
  'Timeline',
  z.object({
    proposition: z.object({ id: z.string(), text: z.string() }),
    status: z.array(StatusChangeJson).describe('every change, oldest first'),
    entries: z
      .array(
        z.object({
          on: PartialDateJson.nullable(),
          speaker: z.object({ text: z.string(), actor: z.string().nullable() }),
          outlet: z.string().nullable(),
          stance: StanceJson,
          polarity: PolarityJson,
          documentId: z.string(),
          logIndex: z.int().min(0).nullable(),
          linkId: z.string(),
          claimId: z.string(),
          state: z.enum(['suggested', 'confirmed', 'rejected']),
          basis: z.string(),
          text: z.string(),
        }),
      )
      .describe('statements for or against it, in date order'),
    evidence: z.array(
      z.object({
        on: PartialDateJson.nullable(),
        what: z.string(),
        documentId: z.string(),
        kind: z.string().nullable(),
        linkId: z.string(),
        polarity: PolarityJson,
        logIndex: z.int().min(0).nullable(),
      }),
    ),
    asOf: z.string().nullable(),
  }),
);

const TechniqueCountJson = z.object({
  technique: z.string(),
  count: z.int().min(0),
  per1000Words: z.number().min(0),
});

export const FramingProfileJson = named(
  'FramingProfile',
  z.object({
    speaker: z.string(),
    words: z.number().min(0),
    spans: z.int().min(0),
    per1000Words: z.number().min(0),
    techniques: z.array(TechniqueCountJson),
    byMonth: z.array(
      z.object({
        month: z.string(),
        words: z.number().min(0),
        spans: z.int().min(0),
        per1000Words: z.number().min(0),
        techniques: z.array(TechniqueCountJson),
      }),
    ),
    change: z.number().nullable().describe('rate in the latest month minus the rate in the earliest'),
  }),
);

export const SourceRecordJson = named(
  'SourceRecord',
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['actor', 'outlet']),
    statements: z.int().min(0),
    right: z.int().min(0),
    wrong: z.int().min(0),
    reversed: z.int().min(0),
    pending: z.int().min(0),
    accuracy: z
      .object({ mean: z.number(), low: z.number(), high: z.number() })
      .describe('Beta(1 + right, 1 + wrong + reversed): mean and 95% interval'),
    medianLeadDays: z.number().nullable(),
    framing: FramingProfileJson.nullable(),
    outcomes: z
      .array(
        z.object({
          propositionId: z.string(),
          text: z.string(),
          outcome: z.enum(['right', 'wrong', 'reversed', 'pending']),
          leadDays: z.number().nullable(),
        }),
      )
      .optional()
      .describe('one source asked for: its outcome on each proposition'),
  }),
);
export const SourcePageJson = pageOf('SourcePage', SourceRecordJson);

const SupportingDocumentJson = named(
  'SupportingDocument',
  z.object({
    claimId: z.string(),
    documentId: z.string(),
    publishedAt: PartialDateJson.nullable(),
    logIndex: z.int().min(0).nullable(),
    source: z.string().nullable(),
    outlet: z.string().nullable(),
  }),
);

export const FirstSupportJson = named(
  'FirstSupport',
  z.object({
    proposition: z.object({ id: z.string(), text: z.string() }),
    earliest: SupportingDocumentJson.nullable(),
    priority: z
      .object({
        claimant: z.string(),
        claimedPropositionId: z.string().nullable(),
        verdict: z.enum(['borne out', 'not borne out', 'undetermined']),
        why: z.string(),
        earliest: SupportingDocumentJson.nullable(),
        claimantEarliest: SupportingDocumentJson.nullable(),
        earlierByOthers: z.array(SupportingDocumentJson),
      })
      .nullable(),
    proved: SupportingDocumentJson.nullable(),
    checkpoint: z.object({ size: z.int().min(0), rootHash: z.string(), note: z.string() }).nullable(),
    proofHref: z.string().nullable().describe('the c2sp.org/tlog-proof@v1 of `proved`, to download'),
    leafHref: z.string().nullable().describe('the exact leaf bytes `claimlog log verify --leaf` needs'),
    asOf: z.string().nullable(),
  }),
);

export const SimilarJson = named(
  'Similar',
  z.object({
    query: z.string(),
    asOf: z.string().nullable(),
    propositions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        status: z.string().nullable(),
        firstSupportedOn: z.string().nullable(),
        score: z.number(),
      }),
    ),
    statements: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        speaker: z.object({ text: z.string(), actor: z.string().nullable() }),
        on: z.string().nullable(),
        documentId: z.string(),
        propositionIds: z.array(z.string()),
        score: z.number(),
      }),
    ),
  }),
);

export const DecisionJson = named(
  'Decision',
  z.object({
    id: z.string(),
    decision: z
      .object({ kind: z.string(), by: z.string(), reason: z.string(), on: z.string() })
      .loose()
      .describe('the decision as stored (kind, by, reason, on, and what it names)'),
    logIndex: z.int().min(0).describe('the index of its claimlog.decision/v1 leaf'),
    treeSize: z.int().min(1),
    propositions: z.array(z.string()).describe('the propositions whose view it changed'),
  }),
);

const ReasonJson = z.string().trim().min(1).max(2000).describe('why (kept in the log)');
const ByJson = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe("who decides (kept in the log with the token's id)");

export const LinkDecisionBodyJson = named(
  'LinkDecisionBody',
  z.object({ reason: ReasonJson, by: ByJson, polarity: PolarityJson.optional() }),
);
export const StatusDecisionBodyJson = named(
  'StatusDecisionBody',
  z.object({
    status: z.enum(['none', ...STATUSES]),
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    reason: ReasonJson,
    by: ByJson,
  }),
);
export const MergeBodyJson = named(
  'MergeBody',
  z.object({
    propositionIds: z.array(z.string().min(1)).min(2).describe('the one to keep first'),
    reason: ReasonJson,
    by: ByJson,
  }),
);
export const SplitBodyJson = named(
  'SplitBody',
  z.object({
    claimIds: z.array(z.string().min(1)).min(1),
    text: z.string().trim().min(1).max(500).optional(),
    reason: ReasonJson,
    by: ByJson,
  }),
);
