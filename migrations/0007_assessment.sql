-- Assessment at ingest (issue 4, phase 2): the linker's state kept with the propositions so a process
-- rebuilds its linker from these tables (never by re-reading documents), and the materialized answers of
-- `propositions`, `timeline` and `sources` (as_of '' is the current view; other as_of values are cached
-- views "as of" a day, dropped when a document or decision known by that day arrives).

-- Claims: the outlet as linking resolved it (an actor id, else the name), and the last day of known_on,
-- the day from which the claim counts in as-of views (a month counts once it is over).
ALTER TABLE claims ADD COLUMN outlet text;
ALTER TABLE claims ADD COLUMN known_by text CHECK (known_by ~ '^\d{4}-\d{2}-\d{2}$');
CREATE INDEX claims_known_by ON claims (known_by);
CREATE INDEX claims_id_prefix ON claims (id text_pattern_ops);

-- Propositions: what matching needs (src/link/linker-state.ts, PropositionState), in creation order.
ALTER TABLE propositions ADD COLUMN seq bigint;
ALTER TABLE propositions ADD COLUMN terms jsonb NOT NULL DEFAULT '[]';
ALTER TABLE propositions ADD COLUMN actors text[] NOT NULL DEFAULT '{}';
ALTER TABLE propositions ADD COLUMN numbers double precision[] NOT NULL DEFAULT '{}';
ALTER TABLE propositions ADD COLUMN claimed_key text;
ALTER TABLE propositions ADD COLUMN founding_text text NOT NULL DEFAULT '';
ALTER TABLE propositions ADD COLUMN founding_origin text;
ALTER TABLE propositions ADD COLUMN first_support_on text;
ALTER TABLE propositions ADD COLUMN norm double precision NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX propositions_seq ON propositions (seq);
CREATE INDEX propositions_id_prefix ON propositions (id text_pattern_ops);
CREATE INDEX proposition_links_id_prefix ON proposition_links (id text_pattern_ops);
CREATE INDEX proposition_links_claim ON proposition_links (claim_id);

-- In how many claims each term occurs (the linker's inverse document frequencies).
CREATE TABLE linker_terms (
  term   text PRIMARY KEY,
  claims integer NOT NULL CHECK (claims >= 0)
);

-- One row: claims read so far, and a version bumped by every write that changes what linking or the
-- materialized views depend on (a batch, an analyst decision), so a process knows its linker is stale.
CREATE TABLE linker_state (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  claims_seen bigint NOT NULL CHECK (claims_seen >= 0),
  version     bigint NOT NULL CHECK (version >= 0)
);
INSERT INTO linker_state (id, claims_seen, version) VALUES (true, 0, 0);

-- "We still hold positions in X": kept so a later claim of control over X is disputed by it.
CREATE TABLE linker_holds (
  claim_id    text PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
  document_id text NOT NULL,
  origin      text,
  places      text[] NOT NULL,
  said_on     text
);

-- The views that exist: '' (current, always) and cached as-of days ('YYYY-MM-DD', or 'YYYY-MM-DD/logged'
-- when only documents the log held by then count). Deleting a view deletes its rows.
CREATE TABLE assessment_views (
  as_of       text PRIMARY KEY,
  computed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO assessment_views (as_of) VALUES ('');
ALTER TABLE status_changes ADD FOREIGN KEY (as_of) REFERENCES assessment_views (as_of) ON DELETE CASCADE;
ALTER TABLE source_records ADD FOREIGN KEY (as_of) REFERENCES assessment_views (as_of) ON DELETE CASCADE;

-- One row per live proposition and view: the `propositions` listing.
CREATE TABLE proposition_summaries (
  as_of              text NOT NULL REFERENCES assessment_views (as_of) ON DELETE CASCADE,
  proposition_id     text NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
  status             text CHECK (status IN ('alleged', 'denied', 'contested', 'corroborated', 'confirmed', 'refuted', 'single-source')),
  first_supported_on text,
  supports           integer NOT NULL,
  disputes           integer NOT NULL,
  PRIMARY KEY (as_of, proposition_id)
);
CREATE INDEX proposition_summaries_order ON proposition_summaries (as_of, first_supported_on, proposition_id);

-- Each source's outcome on each proposition it spoke on, in the current view: what source_records sums.
CREATE TABLE source_outcomes (
  kind           text NOT NULL CHECK (kind IN ('actor', 'outlet')),
  source         text NOT NULL,
  proposition_id text NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
  outcome        text NOT NULL CHECK (outcome IN ('right', 'wrong', 'reversed', 'pending')),
  lead_days      real,
  PRIMARY KEY (kind, source, proposition_id)
);
CREATE INDEX source_outcomes_proposition ON source_outcomes (proposition_id);

-- Framing counts per source, month of the words (YYYY-MM, '' when unknown), day they became known ('' when
-- undated) and day the log took them in: technique '' carries the words and all spans, each technique its spans.
CREATE TABLE framing_counts (
  kind      text NOT NULL CHECK (kind IN ('actor', 'outlet')),
  source    text NOT NULL,
  month     text NOT NULL,
  known_by  text NOT NULL,
  logged_by text NOT NULL,
  technique text NOT NULL,
  words     bigint NOT NULL DEFAULT 0,
  spans     integer NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, source, month, known_by, logged_by, technique)
);

-- Each source's framing profile (src/extract/framing/framing-profile.ts, FramingProfile) per view.
CREATE TABLE framing_profiles (
  as_of   text NOT NULL REFERENCES assessment_views (as_of) ON DELETE CASCADE,
  kind    text NOT NULL CHECK (kind IN ('actor', 'outlet')),
  source  text NOT NULL,
  profile jsonb NOT NULL,
  PRIMARY KEY (as_of, kind, source)
);

-- Documents whose statements and evidence have been linked (a store from before this migration links the
-- rest once, on first use).
CREATE TABLE assessed_documents (
  document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
);
