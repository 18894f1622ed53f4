-- Live sources, wired to documents (issue 7): the syndication and fetch records of 0004 now refer to
-- the documents they describe, fetches keep their response headers, a feed item that could not be read
-- keeps why, and syndication rows get an ingest-order number so a running process can catch up on
-- rows other processes added.

ALTER TABLE document_origins
  ADD CONSTRAINT document_origins_document FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE;
ALTER TABLE document_origins
  ADD CONSTRAINT document_origins_copy_of FOREIGN KEY (copy_of_document_id) REFERENCES documents (id);
-- Ingest order: the near-duplicate index is rebuilt in this order, and extended with rows past the last one read.
ALTER TABLE document_origins ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX document_origins_seq ON document_origins (seq);

ALTER TABLE document_relays
  ADD CONSTRAINT document_relays_origin FOREIGN KEY (document_id) REFERENCES document_origins (document_id) ON DELETE CASCADE;

ALTER TABLE document_fetches
  ADD CONSTRAINT document_fetches_document FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE;
-- Response headers as received (names lowercase), so what the server said can be shown later.
ALTER TABLE document_fetches ADD COLUMN headers jsonb NOT NULL DEFAULT '{}';

ALTER TABLE feed_item_versions
  ADD CONSTRAINT feed_item_versions_document FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE SET NULL;
-- Why a version made no document (no readable text, an impossible date); null when it made one.
ALTER TABLE feed_item_versions ADD COLUMN problem text;
