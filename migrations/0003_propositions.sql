-- Propositions (issue 4): what claims link to (statements, their embedded claims, evidence events), the
-- propositions they link to with a polarity and a state, analyst decisions, and derived caches for the
-- timeline and sources queries. Linking and status derivation are pure (src/link, src/assess); these
-- tables hold their output. Document and statement ids are the text ids of 0001.

-- Everything that links to a proposition. kind 'statement' rows share their id with statements.id;
-- 'embedded' rows are the claim a statement reports ("Russian claims of full control": Russia's own),
-- 'evidence' rows are the facts of evidence_events.
CREATE TABLE claims (
  id            text PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('statement', 'embedded', 'evidence')),
  document_id   text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  parent_id     text REFERENCES claims (id) ON DELETE CASCADE,
  speaker_text  text NOT NULL,
  speaker_actor text,
  stance        text CHECK (stance IN ('assert', 'deny', 'confirm', 'contest')),
  evidence_kind text CHECK (evidence_kind IN ('physical evidence', 'official report', 'official admission', 'footage', 'document')),
  hedged        boolean NOT NULL DEFAULT false,
  text          text NOT NULL,
  start_offset  int NOT NULL,
  end_offset    int NOT NULL,
  -- When it was said or happened (YYYY, YYYY-MM or YYYY-MM-DD), and from when it is known.
  said_on       text CHECK (said_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  known_on      text CHECK (known_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$')
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_speaker_actor ON claims (speaker_actor);
CREATE INDEX claims_known_on ON claims (known_on);

-- Evidence events found in a document's own voice (src/extract/evidence).
CREATE TABLE evidence_events (
  claim_id     text PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
  document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('physical evidence', 'official report', 'official admission', 'footage', 'document')),
  what         text NOT NULL,
  happened_on  text CHECK (happened_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  source       text,
  start_offset int NOT NULL,
  end_offset   int NOT NULL
);

-- Propositions; ids are content hashes (same inputs, same ids). merged_into is set by an analyst merge.
CREATE TABLE propositions (
  id                      text PRIMARY KEY,
  text                    text NOT NULL,
  predicate               text NOT NULL,
  party                   text,
  place                   text,
  founded_by              text NOT NULL REFERENCES claims (id),
  merged_into             text REFERENCES propositions (id),
  priority_claimant       text,
  priority_proposition_id text REFERENCES propositions (id),
  text_search             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX propositions_predicate_party ON propositions (predicate, party);
CREATE INDEX propositions_text_search ON propositions USING gin (text_search);
CREATE INDEX propositions_text_trgm ON propositions USING gin (text gin_trgm_ops);

-- Claim → proposition, with polarity, state (suggested until an analyst decides) and why it was made.
CREATE TABLE proposition_links (
  id             text PRIMARY KEY,
  claim_id       text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  proposition_id text NOT NULL REFERENCES propositions (id),
  polarity       text NOT NULL CHECK (polarity IN ('supports', 'disputes')),
  state          text NOT NULL CHECK (state IN ('suggested', 'confirmed', 'rejected')),
  basis          text NOT NULL CHECK (basis IN ('match', 'new', 'reference', 'embedded', 'entailed', 'contradiction', 'analyst')),
  score          real NOT NULL CHECK (score >= 0 AND score <= 1),
  UNIQUE (claim_id, proposition_id)
);
CREATE INDEX proposition_links_proposition ON proposition_links (proposition_id);

-- Every analyst decision, exactly as logged (the leaf is the RFC 8785 JSON of `body`): link-confirm,
-- link-reject, merge, split, status-set. Append-only like the log.
CREATE TABLE analyst_decisions (
  id         text PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('link-confirm', 'link-reject', 'merge', 'split', 'status-set')),
  body       jsonb NOT NULL,
  decided_by text NOT NULL,
  reason     text NOT NULL,
  decided_on text NOT NULL CHECK (decided_on ~ '^\d{4}-\d{2}-\d{2}$'),
  log_index  bigint UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX analyst_decisions_decided_on ON analyst_decisions (decided_on);

-- An analyst's statuses, read from the decisions.
CREATE VIEW status_overrides AS
  SELECT body ->> 'propositionId' AS proposition_id,
         body ->> 'status' AS status,
         body ->> 'from' AS from_date,
         decided_by,
         reason,
         decided_on,
         log_index
    FROM analyst_decisions
   WHERE kind = 'status-set';

-- Derived caches, rebuilt from the tables above by src/assess for the current view (as_of '' = now):
-- the status history of each proposition and the track record of each source. Never authoritative;
-- they exist so `timeline` and `sources` answer from an index instead of replaying every link.
CREATE TABLE status_changes (
  proposition_id text NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
  as_of          text NOT NULL DEFAULT '',
  seq            int NOT NULL,
  from_date      text NOT NULL,
  status         text NOT NULL CHECK (status IN ('alleged', 'denied', 'contested', 'corroborated', 'confirmed', 'refuted', 'single-source')),
  why            text NOT NULL,
  PRIMARY KEY (proposition_id, as_of, seq)
);

CREATE TABLE source_records (
  as_of            text NOT NULL DEFAULT '',
  kind             text NOT NULL CHECK (kind IN ('actor', 'outlet')),
  id               text NOT NULL,
  name             text NOT NULL,
  statements       int NOT NULL,
  right_count      int NOT NULL,
  wrong_count      int NOT NULL,
  reversed_count   int NOT NULL,
  pending_count    int NOT NULL,
  accuracy_mean    real NOT NULL,
  accuracy_low     real NOT NULL,
  accuracy_high    real NOT NULL,
  median_lead_days real,
  PRIMARY KEY (as_of, kind, id)
);
