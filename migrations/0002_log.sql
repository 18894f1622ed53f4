-- The Merkle log (src/log): leaves, stored hashes, tree size, signed checkpoints and witness cosignatures.
-- Append-only: rows are inserted by the log's single writer (LogStorage.appendBatch) and never changed.

-- One row per leaf. data is the exact leaf bytes (RFC 8785 canonical JSON of a record);
-- kind/ref label what the leaf records (e.g. 'document' and the document id).
CREATE TABLE log_leaves (
  leaf_index bigint PRIMARY KEY CHECK (leaf_index >= 0),
  leaf_hash bytea NOT NULL CHECK (octet_length(leaf_hash) = 32),
  data bytea NOT NULL CHECK (octet_length(data) <= 65535),
  kind text NOT NULL,
  ref text NOT NULL
);
CREATE INDEX log_leaves_kind_ref ON log_leaves (kind, ref);

-- One row per stored hash, keyed by its stored hash index (Go sumdb/tlog numbering, src/log/stored-hash-index.ts):
-- a tree of n leaves has exactly 2n - popcount(n) rows, numbered 0 … count - 1 with no gaps.
CREATE TABLE log_hashes (
  hash_index bigint PRIMARY KEY CHECK (hash_index >= 0),
  hash bytea NOT NULL CHECK (octet_length(hash) = 32)
);

-- The committed tree: one row. appendBatch locks it (SELECT … FOR UPDATE), checks tree_size = batch.oldSize
-- and hash_count = batch.firstHashIndex (else Conflict), inserts the batch, and sets both, in one transaction.
CREATE TABLE log_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  tree_size bigint NOT NULL CHECK (tree_size >= 0),
  hash_count bigint NOT NULL CHECK (hash_count >= 0)
);
INSERT INTO log_state (id, tree_size, hash_count) VALUES (true, 0, 0);

-- Every signed checkpoint issued (one per tree size: the body and Ed25519 are deterministic).
CREATE TABLE log_checkpoints (
  tree_size bigint PRIMARY KEY CHECK (tree_size >= 0),
  root_hash bytea NOT NULL CHECK (octet_length(root_hash) = 32),
  note text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Witness cosignatures received for a checkpoint, kept verbatim (the note line's name and Base64) once verified.
CREATE TABLE log_cosignatures (
  tree_size bigint NOT NULL REFERENCES log_checkpoints (tree_size),
  witness_name text NOT NULL,
  key_id bigint NOT NULL CHECK (key_id >= 0 AND key_id < 4294967296),
  signed_at bigint,
  signature_base64 text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tree_size, witness_name, key_id)
);

-- Refuse changes to what the log has committed (a guard against mistakes, not against a database superuser).
-- (One line: migrate.ts splits statements at semicolons that end a line.)
CREATE FUNCTION log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the Merkle log is append-only: % on % refused', TG_OP, TG_TABLE_NAME; END $$;
CREATE TRIGGER log_leaves_append_only BEFORE UPDATE OR DELETE ON log_leaves
  FOR EACH ROW EXECUTE FUNCTION log_refuse_change();
CREATE TRIGGER log_hashes_append_only BEFORE UPDATE OR DELETE ON log_hashes
  FOR EACH ROW EXECUTE FUNCTION log_refuse_change();
CREATE TRIGGER log_checkpoints_append_only BEFORE UPDATE OR DELETE ON log_checkpoints
  FOR EACH ROW EXECUTE FUNCTION log_refuse_change();
CREATE TRIGGER log_cosignatures_append_only BEFORE UPDATE OR DELETE ON log_cosignatures
  FOR EACH ROW EXECUTE FUNCTION log_refuse_change();
