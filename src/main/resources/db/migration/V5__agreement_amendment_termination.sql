-- Concordat schema, version 5: terminating an agreement (with its reason and date).
ALTER TABLE agreement_version ADD COLUMN terminated_on DATE;
ALTER TABLE agreement_version ADD COLUMN termination_reason VARCHAR(2000);
