-- Documents and what extraction found in them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE documents (
  id text PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  external_id text,
  kind text NOT NULL CHECK (kind IN ('article', 'post', 'statement')),
  format text NOT NULL CHECK (format IN ('txt', 'html', 'jsonl', 'url')),
  title text,
  author text,
  outlet text,
  url text,
  published_at text CHECK (published_at ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  retrieved_at timestamptz NOT NULL,
  language text,
  origin text NOT NULL,
  text text NOT NULL,
  bytes bytea NOT NULL,
  log_index bigint UNIQUE,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_published_at ON documents (published_at);

CREATE TABLE statements (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal int NOT NULL,
  speaker_text text NOT NULL,
  speaker_start int NOT NULL,
  speaker_end int NOT NULL,
  speaker_actor text,
  cue_text text NOT NULL,
  cue_start int NOT NULL,
  cue_end int NOT NULL,
  content_text text NOT NULL,
  content_start int NOT NULL,
  content_end int NOT NULL,
  direct boolean NOT NULL,
  stance text NOT NULL CHECK (stance IN ('assert', 'deny', 'confirm', 'contest')),
  hedged boolean NOT NULL,
  said_on text,
  confidence real NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX statements_speaker_actor ON statements (speaker_actor);

-- The rest of an extraction (dates, quantities, actor mentions, framing), kept whole per document.
CREATE TABLE extractions (
  document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  extractor text NOT NULL,
  dates jsonb NOT NULL,
  quantities jsonb NOT NULL,
  mentions jsonb NOT NULL,
  framing jsonb NOT NULL
);
