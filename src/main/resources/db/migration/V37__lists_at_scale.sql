-- Concordat schema, version 37: the lists at partnership scale (issue 23 part 2), read a page at a time by the database.

-- The agreements and DPIA lists search by organisations' names and show them; they read them through this view, which
-- the organisation feature publishes to them, rather than the organisation table it owns.
CREATE VIEW organisation_name AS
SELECT o.id, o.name
  FROM organisation o;

-- Who takes part in an agreement: its lead, and the parties of its versions that are not drafts. The agreement feature
-- publishes it to the DPIA feature, whose DPIAs are seen by every organisation taking part in an agreement they assess.
CREATE VIEW agreement_participant AS
SELECT a.id AS agreement_id, a.lead_organisation_id AS organisation_id
  FROM agreement a
UNION
SELECT v.agreement_id, p.organisation_id
  FROM agreement_version v JOIN agreement_party p ON p.agreement_version_id = v.id
 WHERE v.status <> 'DRAFT';

-- No new index: the newest version the reader may see is found through the unique (agreement_id, number) and
-- (dpia_id, number) indexes, and who may see it through the lead and party indexes (EXPLAIN in docs/benchmarks.md).
