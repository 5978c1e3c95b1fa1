-- Concordat schema, version 23: two records a DPO asks for on a flow (issue 19). legitimate_interests_assessment: for
-- UK GDPR Art 6(1)(f), the assessment (balancing test) relied on, its reference and date. recipient_secrecy: for Art
-- 9(2)(h) or (i), how the recipient's staff are bound to confidentiality (Art 9(3), DPA 2018 s11(1)).
ALTER TABLE agreement_flow ADD COLUMN legitimate_interests_assessment VARCHAR(500);
ALTER TABLE agreement_flow ADD COLUMN recipient_secrecy VARCHAR(500);
