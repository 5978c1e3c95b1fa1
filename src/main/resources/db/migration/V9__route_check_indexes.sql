-- Concordat schema, version 9: indexes for route checks (issue 7).
-- A route check starts from the party rows of the two organisations. With the organisation, the version and the
-- party key in one index, both lookups are index-only and join on the version, whatever the partnership's size;
-- the flows of each version are then found by agreement_flow_key_unique (agreement_version_id, flow_key).
CREATE INDEX agreement_party_route_idx ON agreement_party (organisation_id, agreement_version_id, party_key);

-- The new index starts with organisation_id, so the one-column index on it is no longer needed.
DROP INDEX agreement_party_organisation_idx;
