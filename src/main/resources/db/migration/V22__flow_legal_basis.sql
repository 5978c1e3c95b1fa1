-- Concordat schema, version 22: a flow's law gains what the legal review of December 2026 (issue 19) asked for.
-- article10_schedule1_condition: the DPA 2018 Schedule 1 condition relied on for criminal offence data (s10(5)),
--   apart from the one for special category data, since one flow may carry both (health data under Art 9(2)(h) and
--   paragraph 2, offence data under paragraph 18 or 36); V22_1 moves existing values across without losing one.
-- recognised_interest: for UK GDPR Art 6(1)(ea), the Annex 1 condition relied on.
-- other_legal_power: a basis in law the catalogue does not hold (a common law or incidental power, another Act),
--   with its citation.
ALTER TABLE agreement_flow ADD COLUMN article10_schedule1_condition VARCHAR(60);
ALTER TABLE agreement_flow ADD COLUMN recognised_interest VARCHAR(60);
ALTER TABLE agreement_flow ADD COLUMN other_legal_power VARCHAR(500);
