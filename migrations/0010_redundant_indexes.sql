-- Ingest speed (issue 2): indexes whose work another index already does.
--
-- documents (published_at): documents_published_at_id (published_at, id) leads with the same column, so
-- it serves every filter and order on the date.
DROP INDEX documents_published_at;

-- The id-prefix indexes of 0007. Short ids are resolved with `id LIKE 'prefix%'`
-- (src/store/pg-linked-claims-repository.ts), which PostgreSQL answers from an ordinary btree only when
-- the column's collation is C (or POSIX); under any other collation it needs text_pattern_ops. PGlite's
-- databases are C, so there every claim, link and proposition paid for an index duplicating its primary
-- key. A server database keeps them unless it too was created with the C collation.
DO $$
BEGIN
  IF (SELECT datcollate FROM pg_database WHERE datname = current_database()) IN ('C', 'POSIX') THEN
    DROP INDEX claims_id_prefix;
    DROP INDEX propositions_id_prefix;
    DROP INDEX proposition_links_id_prefix;
  END IF;
END $$;
