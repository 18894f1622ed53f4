-- Live sources (issue 7): followed feeds and their polling state, items taken in from them, fetches of
-- pages, and the syndication record of each document (copy of an earlier one, outlets it credits).
-- Document ids are the text ids of the documents table; foreign keys to it are left to the migration
-- that owns that table, so this file applies on its own.

CREATE TABLE feeds (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url            text NOT NULL UNIQUE,
  -- The outlet credited for the feed's items (`claimlog feeds add URL --outlet NAME`).
  outlet         text,
  title          text,
  added_at       timestamptz NOT NULL,
  -- Validators of the last feed read, sent back for a conditional GET.
  etag           text,
  last_modified  text,
  -- Polls failed in a row; the backoff doubles the interval per failure.
  failures       integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_polled_at timestamptz,
  next_poll_at   timestamptz,
  last_outcome   text CHECK (last_outcome IN ('fetched', 'not-modified', 'failed')),
  last_error     text
);
CREATE INDEX feeds_next_poll_at ON feeds (next_poll_at NULLS FIRST);

-- One row per item ever taken in from a feed: its key (guid:, url: or hash:) and its latest version.
CREATE TABLE feed_items (
  feed_id         bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  item_key        text NOT NULL,
  version         integer NOT NULL CHECK (version >= 1),
  -- SHA-256 (hex) of the item's title and text; a different one means the item changed.
  fingerprint     text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  url             text,
  first_seen_at   timestamptz NOT NULL,
  last_changed_at timestamptz NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);

-- Every version of an item, with the document made from it: a changed item is a new document that
-- revises the previous version's document.
CREATE TABLE feed_item_versions (
  feed_id     bigint NOT NULL,
  item_key    text NOT NULL,
  version     integer NOT NULL CHECK (version >= 1),
  fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  document_id text,
  seen_at     timestamptz NOT NULL,
  PRIMARY KEY (feed_id, item_key, version),
  FOREIGN KEY (feed_id, item_key) REFERENCES feed_items (feed_id, item_key) ON DELETE CASCADE
);
CREATE INDEX feed_item_versions_document ON feed_item_versions (document_id);

-- How a document fetched from the web was fetched (its bytes are stored with the document).
CREATE TABLE document_fetches (
  document_id   text NOT NULL,
  requested_url text NOT NULL,
  final_url     text NOT NULL,
  redirects     text[] NOT NULL DEFAULT '{}',
  status        integer NOT NULL,
  media_type    text NOT NULL,
  charset       text,
  etag          text,
  last_modified text,
  fetched_at    timestamptz NOT NULL,
  PRIMARY KEY (document_id, fetched_at)
);

-- Syndication: which earlier document a document copies, and which outlets it says it relays.
CREATE TABLE document_origins (
  document_id         text PRIMARY KEY,
  copy_of_document_id text,
  -- Estimated Jaccard similarity of word shingles, and share of this document found in the original.
  similarity          real CHECK (similarity BETWEEN 0 AND 1),
  containment         real CHECK (containment BETWEEN 0 AND 1),
  -- Canonical names of the outlets credited ("Reuters reported", "(Yonhap) —"), in order of mention.
  relayed_from        text[] NOT NULL DEFAULT '{}',
  -- MinHash signature (uint32 values, big-endian) and shingle count, to rebuild the index without texts.
  minhash             bytea NOT NULL,
  shingles            integer NOT NULL CHECK (shingles >= 0),
  detected_at         timestamptz NOT NULL,
  CHECK ((copy_of_document_id IS NULL) = (similarity IS NULL)),
  CHECK (copy_of_document_id IS DISTINCT FROM document_id)
);
CREATE INDEX document_origins_copy_of ON document_origins (copy_of_document_id);

-- Each credit with its span in the document's text, for display beside the text.
CREATE TABLE document_relays (
  document_id  text NOT NULL,
  outlet       text NOT NULL,
  form         text NOT NULL CHECK (form IN ('dateline', 'outlet-reported', 'according-to', 'citing', 'told', 'report-of', 'source-line')),
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset   integer NOT NULL,
  PRIMARY KEY (document_id, start_offset),
  CHECK (end_offset > start_offset)
);
CREATE INDEX document_relays_outlet ON document_relays (outlet);
