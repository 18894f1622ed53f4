-- The HTTP API (issue 5): full-text search over documents and statements, and bearer tokens.

-- Search vectors, computed by PostgreSQL on insert (generated columns), so every writer keeps them
-- current without extra code. The 'english' configuration stems English and passes other languages'
-- words through lowercased, so one configuration serves a multilingual corpus. Title and speaker
-- weigh more than body text in ranking.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
  setweight(to_tsvector('english', coalesce(outlet, '')), 'B') ||
  to_tsvector('english', text)
) STORED;
CREATE INDEX documents_search ON documents USING gin (search);

ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', speaker_text), 'A') ||
  setweight(to_tsvector('english', cue_text), 'C') ||
  to_tsvector('english', content_text)
) STORED;
CREATE INDEX statements_search ON statements USING gin (search);
CREATE INDEX statements_stance ON statements (stance);

-- Lists page in (publication date, id) order: this index yields that order, so a page reads only its
-- own rows instead of sorting every document that shares a date.
CREATE INDEX documents_published_at_id ON documents (published_at, id);

-- Bearer tokens for the API. Only the SHA-256 of a token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  role text NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
  label text,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
