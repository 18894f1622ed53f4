-- Ingest speed (issue 2): two indexes every ingested batch paid for and no query can use.
--
-- proposition_links (claim_id): the UNIQUE (claim_id, proposition_id) index already leads with claim_id,
-- so it serves every lookup by claim.
DROP INDEX proposition_links_claim;

-- statements (speaker_actor): the only filter on it is `speaker_actor = $x OR speaker_text ILIKE $y`
-- (src/store/filter-conditions.ts), and an OR can use an index only when both of its sides can; a
-- substring ILIKE cannot, so that filter scans whatever the other conditions leave.
DROP INDEX statements_speaker_actor;
