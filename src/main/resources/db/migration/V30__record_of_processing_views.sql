-- Concordat schema, version 30: what the agreement feature publishes to the record of processing (issue 22; UK GDPR
-- Article 30, DPA 2018 Schedule 1 paragraph 41). Each controller's record lists the processing it takes part in
-- through agreements in force, so these views hold approved versions only (the reader keeps those in force on the day
-- it is asked about: effective, not yet ended); drafts, submissions, superseded, expired and terminated versions never
-- reach it. The columns are those the record needs, no more: the parties' roles, the flows and their law, and the two
-- answers of the built-in template's "Transfer and security" section (a template adapted without them gives none).

CREATE VIEW record_candidate_version AS
SELECT v.agreement_id, a.reference, v.title, v.id AS version_id, v.number, v.effective_date, v.review_date,
       v.end_date, sm.answer AS security_measures, ac.answer AS access_controls
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
  LEFT JOIN agreement_section_answer sm
         ON sm.agreement_version_id = v.id AND sm.answer_key = 'transfer-and-security.security-measures'
  LEFT JOIN agreement_section_answer ac
         ON ac.agreement_version_id = v.id AND ac.answer_key = 'transfer-and-security.access-controls'
 WHERE v.status = 'APPROVED';

CREATE VIEW record_candidate_party AS
SELECT p.agreement_version_id AS version_id, p.party_key, p.organisation_id, p.role
  FROM agreement_party p
  JOIN agreement_version v ON v.id = p.agreement_version_id
 WHERE v.status = 'APPROVED';

CREATE VIEW record_candidate_flow AS
SELECT f.agreement_version_id AS version_id, f.flow_key, f.sender_party_key, f.recipient_party_key, f.both_ways,
       f.data_subjects, f.data_categories, f.purpose, f.frequency, f.transfer_method, f.retention, f.regime,
       f.lawful_bases, f.recognised_interest, f.article9_condition, f.schedule1_condition, f.article10_authority,
       f.article10_schedule1_condition, f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition,
       f.statutory_gateways, f.other_legal_power, f.confidentiality_basis, f.legitimate_interests_assessment,
       f.recipient_secrecy
  FROM agreement_flow f
  JOIN agreement_version v ON v.id = f.agreement_version_id
 WHERE v.status = 'APPROVED';

-- As with V25: a later migration that changes the type of, or drops, a column these views read must drop and re-create
-- them in the same migration; that is the moment to decide what the record of processing shows.
