-- Concordat schema, version 25: what the agreement feature publishes to route checks (issue 24).
-- The route check used to read agreement_version, agreement_party and agreement_flow directly, so a change to the
-- agreement tables could silently change what practitioners were told. These three views are the agreement
-- feature's published contract instead: only candidate versions (submitted, in force, expired or terminated —
-- drafts are invisible to other organisations and superseded versions speak no more), with the columns a route
-- answer needs. They are plain views, so PostgreSQL (and H2) inline them and the V9 route index still serves them.

CREATE VIEW route_candidate_version AS
SELECT v.agreement_id, a.reference, v.title, v.id AS version_id, v.number, v.status, v.effective_date,
       v.review_date, v.terminated_on, v.end_date
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED');

CREATE VIEW route_candidate_party AS
SELECT p.agreement_version_id AS version_id, v.agreement_id, p.party_key, p.organisation_id
  FROM agreement_party p
  JOIN agreement_version v ON v.id = p.agreement_version_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED');

CREATE VIEW route_candidate_flow AS
SELECT f.agreement_version_id AS version_id, v.agreement_id, f.id AS flow_id,
       f.flow_key, f.sender_party_key, f.recipient_party_key, f.both_ways, f.data_subjects, f.data_categories,
       f.purpose, f.transfer_method, f.retention, f.regime, f.lawful_bases, f.recognised_interest,
       f.article9_condition, f.schedule1_condition, f.article10_authority, f.article10_schedule1_condition,
       f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition, f.statutory_gateways,
       f.other_legal_power, f.confidentiality_basis, f.legitimate_interests_assessment, f.recipient_secrecy
  FROM agreement_flow f
  JOIN agreement_version v ON v.id = f.agreement_version_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED');

-- A later migration that changes the type of, or drops, a column these views read must drop and re-create the view
-- in the same migration (PostgreSQL refuses otherwise): that is the moment to decide what route checks should see.
