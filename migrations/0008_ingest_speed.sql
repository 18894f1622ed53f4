-- Ingest speed (issue 2).
--
-- A document's log index is read from its leaf (log_leaves, kind 'document', ref = the document id,
-- indexed by log_leaves_kind_ref) instead of being copied onto the document. Setting the copy was an
-- UPDATE of every document right after its insert, which wrote a second row version and re-entered every
-- word of its text in the full-text index. The leaf is written in the same transaction as the document,
-- so the two always agreed.
ALTER TABLE documents DROP COLUMN log_index;

-- No query filters or orders claims by speaker actor or by the day their content happened (as-of views
-- use known_by); every batch paid to keep these two indexes.
DROP INDEX claims_speaker_actor;
DROP INDEX claims_known_on;
