-- Concordat schema, version 20: the record of a prior consultation with the ICO (issue 19). A DPIA version signed off
-- with a high residual risk awaits the ICO's written advice (UK GDPR Article 36(2); DPA 2018 section 65 for law
-- enforcement processing); the organisation records the advice and how it was followed, and the version is then
-- completed. All seven columns are written together, once.
ALTER TABLE dpia_version ADD COLUMN ico_reference VARCHAR(100);
ALTER TABLE dpia_version ADD COLUMN ico_advice_received_on DATE;
ALTER TABLE dpia_version ADD COLUMN ico_advice VARCHAR(8000);
ALTER TABLE dpia_version ADD COLUMN ico_advice_followed VARCHAR(8000);
ALTER TABLE dpia_version ADD COLUMN ico_advice_recorded_by_email VARCHAR(254);
ALTER TABLE dpia_version ADD COLUMN ico_advice_recorded_by_name VARCHAR(200);
ALTER TABLE dpia_version ADD COLUMN ico_advice_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dpia_version ADD CONSTRAINT dpia_version_ico_advice_whole CHECK (
    (ico_reference IS NULL AND ico_advice_received_on IS NULL AND ico_advice IS NULL AND ico_advice_followed IS NULL
        AND ico_advice_recorded_at IS NULL)
    OR (ico_reference IS NOT NULL AND ico_advice_received_on IS NOT NULL AND ico_advice IS NOT NULL
        AND ico_advice_followed IS NOT NULL AND ico_advice_recorded_at IS NOT NULL));
