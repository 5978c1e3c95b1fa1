-- Concordat schema, version 32: what needs me (issue 23, part 1). The home page and GET /api/v1/me/work list, per
-- role, what waits for the signed-in person's organisation. The work feature owns no table: it reads what the owning
-- features publish here for it, each view with the columns a queue needs and no more, and the indexes its filters use.
-- They are plain views, so PostgreSQL (and H2) inline them into each query and the indexes below serve them.

-- Published by the agreement feature to work.
-- A submitted version and each party that has not yet decided in the current round of approval.
CREATE VIEW work_agreement_awaiting_decision AS
SELECT v.id AS version_id, v.agreement_id, a.reference, v.title, p.organisation_id, v.submitted_at
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
  JOIN agreement_party p ON p.agreement_version_id = v.id
 WHERE v.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM agreement_decision d
                    WHERE d.agreement_version_id = v.id AND d.submission_round = v.submission_round
                      AND d.organisation_id = p.organisation_id);

-- Published by the agreement feature to work.
-- Drafts, seen only by the lead organisation (drafts never leave the drafting party). A draft submitted before is a
-- draft returned with changes requested: who asked, and when, from the decision that returned it.
CREATE VIEW work_agreement_draft AS
SELECT v.id AS version_id, v.agreement_id, a.reference, v.title, a.lead_organisation_id AS organisation_id,
       v.submission_round > 0 AS returned, v.updated_at, d.organisation_id AS returned_by_organisation_id,
       d.decided_at AS returned_at
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
  LEFT JOIN agreement_decision d ON d.agreement_version_id = v.id AND d.submission_round = v.submission_round
       AND d.decision = 'CHANGES_REQUESTED'
 WHERE v.status = 'DRAFT';

-- Published by the agreement feature to work.
-- Approved versions and each party to them, with the dates a review or an end is due by.
CREATE VIEW work_agreement_in_force AS
SELECT v.id AS version_id, v.agreement_id, a.reference, v.title, p.organisation_id, v.effective_date,
       v.review_date, v.end_date
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
  JOIN agreement_party p ON p.agreement_version_id = v.id
 WHERE v.status = 'APPROVED';

-- Published by the dpia feature to work.
-- DPIA versions waiting for the DPO's advice, by the lead organisation (whose DPO gives it).
CREATE VIEW work_dpia_awaiting_advice AS
SELECT dv.id AS version_id, d.id AS dpia_id, d.reference, dv.title, d.lead_organisation_id AS organisation_id,
       dv.dpo_advice_requested_at
  FROM dpia_version dv
  JOIN dpia d ON d.id = dv.dpia_id
 WHERE dv.status = 'AWAITING_DPO_ADVICE';

-- Published by the route feature to work.
-- The sharing decision log, as much of it as a home page lists: who recorded it, when, what and to whom.
CREATE VIEW work_route_decision AS
SELECT s.id, s.organisation_id, s.recorded_by_user_id, s.recorded_at, s.decision, s.recipient_organisation_id,
       s.recipient_other, s.decided_on, s.purpose, s.case_reference
  FROM sharing_decision s;

-- Published by the route feature to work.
-- Routes checked and not (fully) covered, as the coverage-gap report counts them (SharingDecisions.coverageGaps).
CREATE VIEW work_route_gap AS
SELECT g.organisation_id, g.to_organisation_id, g.purpose, g.outcome, g.checked_at
  FROM route_gap g;

-- Published by the security feature to work.
-- Active people who have not yet replaced the one-time password they were given: they have never signed in.
CREATE VIEW work_security_user_not_signed_in AS
SELECT u.id, u.organisation_id, u.full_name, u.email, u.created_at
  FROM app_user u
 WHERE u.active AND u.must_change_password;

-- Indexes for what the queues filter on (EXPLAIN ANALYZE of each in bench/work-queues/run.sh).
-- Drafts and changes requested are found by the lead organisation, which had no index.
CREATE INDEX agreement_lead_organisation_idx ON agreement (lead_organisation_id);
-- A version's drafts and approved versions by agreement and status, without visiting the others.
CREATE INDEX agreement_version_agreement_status_idx ON agreement_version (agreement_id, status);
-- The coverage gaps of one organisation, grouped by route, read from the index alone.
CREATE INDEX route_gap_route_idx ON route_gap (organisation_id, to_organisation_id, purpose, outcome, checked_at);
-- DPIAs awaiting advice by status, then the lead organisation's.
CREATE INDEX dpia_version_status_dpia_idx ON dpia_version (status, dpia_id);
-- People not signed in yet, by organisation.
CREATE INDEX app_user_organisation_pending_idx ON app_user (organisation_id, must_change_password, active);
