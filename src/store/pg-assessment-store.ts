// Assessment's repositories on PostgreSQL (either driver), bound to one connection or transaction.

import type {
  AssessmentStore,
  AssessmentViewRepository,
  DecisionRepository,
  FramingRepository,
  LinkedClaimsRepository,
  LinkerRepository,
} from '../app/assessment-ports.js';
import { PgAssessmentViewRepository } from './pg-assessment-view-repository.js';
import { PgDecisionRepository } from './pg-decision-repository.js';
import { PgFramingRepository } from './pg-framing-repository.js';
import { PgLinkedClaimsRepository } from './pg-linked-claims-repository.js';
import { PgLinkerRepository } from './pg-linker-repository.js';
import type { SqlClient } from './sql-client.js';

export class PgAssessmentStore implements AssessmentStore {
  readonly linker: LinkerRepository;
  readonly linked: LinkedClaimsRepository;
  readonly decisions: DecisionRepository;
  readonly views: AssessmentViewRepository;
  readonly framing: FramingRepository;

  /** `keysBySet`: see PgStore. */
  constructor(sql: SqlClient, keysBySet = false) {
    this.linker = new PgLinkerRepository(sql, keysBySet);
    this.linked = new PgLinkedClaimsRepository(sql);
    this.decisions = new PgDecisionRepository(sql);
    this.views = new PgAssessmentViewRepository(sql);
    this.framing = new PgFramingRepository(sql);
  }
}
