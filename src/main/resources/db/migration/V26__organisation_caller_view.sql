-- Concordat schema, version 26: what the organisation feature publishes to sign-in (issue 24).
-- Resolving a caller joins each user to their organisation's name and whether it is active. That read runs on
-- every request that is not cached, so it stays one query; it goes through this view rather than the organisation
-- table, which the organisation feature owns and may change.
CREATE VIEW caller_organisation AS
SELECT o.id, o.name, o.active
  FROM organisation o;
