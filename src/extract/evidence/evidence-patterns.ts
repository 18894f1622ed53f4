// The wordings that report evidence: captures, recovered bodies and papers, footage, imagery, official reports.

import type { EvidenceKind } from './evidence-event.js';

export interface EvidencePattern {
  kind: EvidenceKind;
  /** Matches the trigger; the match's start is where the fact is anchored in its sentence. */
  trigger: RegExp;
  /** Ends the reported clause at the first comma after the trigger (a capture), else at ";" or a clause joint. */
  endsAtComma: boolean;
}

const TROOPS =
  '(?:soldiers?|troops|servicem[ae]n|personnel|fighters|prisoners?|officers?|men|military personnel|POWs?)';
const RELEASE = '(?:released|publishe[ds]|posted|obtained|shared|aired|showed|shows|unveiled|circulated)';
const RECORDING = '(?:video|footage|clip|recording)s?';
const IMAGERY = '(?:satellite (?:images|imagery|photos)|photographs|photos|documents|maps?)';

export const EVIDENCE_PATTERNS: readonly EvidencePattern[] = [
  {
    kind: 'physical evidence',
    trigger: new RegExp(
      `\\b(?:captured|took|taken|take|detained)\\s+(?:(?!and\\b|or\\b|but\\b|that\\b|to\\b|by\\b)[\\w'’-]+[\\s,]+){0,4}?${TROOPS}\\b|\\b${TROOPS}\\b[^.;:]{0,30}?\\b(?:were |was |had been |have been )?(?:captured|taken prisoner|detained)\\b`,
      'i',
    ),
    endsAtComma: true,
  },
  {
    kind: 'physical evidence',
    trigger:
      /\b(?:bodies|body|remains|identity (?:papers|cards|documents)|ID (?:cards|papers)|dog tags|memos|notes)\b[^.;]{0,50}?\b(?:found|recovered|discovered|seized)\b|\b(?:found|recovered|discovered|seized)\b[^.;]{0,30}?\b(?:on|near|among) the bodies\b/i,
    endsAtComma: false,
  },
  {
    kind: 'footage',
    trigger: new RegExp(
      `\\b${RELEASE}\\b[^.;]{0,60}?\\b${RECORDING}\\b|\\b${RECORDING}\\b[^.;]{0,40}?\\b${RELEASE}\\b|^\\s*(?:exclusive |new |official )?(?:${RECORDING})\\s*:`,
      'i',
    ),
    endsAtComma: false,
  },
  {
    kind: 'document',
    trigger: new RegExp(
      `\\b${RELEASE}\\b[^.;]{0,40}?\\b${IMAGERY}\\b|\\b${IMAGERY}\\b[^.;]{0,30}?\\b${RELEASE}\\b`,
      'i',
    ),
    endsAtComma: false,
  },
  {
    kind: 'official report',
    trigger:
      /\breported to (?:the )?(?:president|supreme commander|prime minister|parliament|lawmakers|[A-Z][a-z]+)\b|\b(?:state media|official|written|press) (?:reports?|statements?)\b[^.;]{0,20}?\b(?:released|published|issued|carried)\b|\bissued a (?:written |press )?statement\b/i,
    endsAtComma: false,
  },
];

/** Words that make an official report an admission by its source. */
export const ADMISSION = /\b(?:admit(?:s|ted|ting)?|confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing))\b/i;

/** Where a reported clause starts: after these, the fact itself begins. */
export const CLAUSE_OPENERS =
  /(?:\b(?:when|after|as|while|where|because|since|according to)\b|[;:—]|^\s*(?:in|on|by|at|during|earlier|later)\b[^,]{0,30},)\s*/gi;

/** Where a reported clause ends after its trigger. */
export const CLAUSE_CLOSERS = /;|,\s+(?:and|but|while|which|who|lining|saying|as)\b|\s+—\s+/i;

/** A fact introduced as somebody's claim ("Kyiv's claims about captured soldiers") is not reported as fact. */
export const REPORTED_AS_CLAIM =
  /\b(?:claims?|reports?|allegations?|rumou?rs?|accusations?)\s+(?:about|of|that)\b/i;
