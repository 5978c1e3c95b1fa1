-- Concordat schema, version 6: an optional end date (after which an approved version expires), and the review
-- reminders already sent, so that the daily run sends each one once.
ALTER TABLE agreement_version ADD COLUMN end_date DATE;

CREATE TABLE agreement_review_reminder (
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    reminder                    VARCHAR(10) NOT NULL,
    sent_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agreement_version_id, reminder),
    CONSTRAINT agreement_review_reminder_known CHECK (reminder IN ('DAYS_90', 'DAYS_30', 'DAYS_7', 'OVERDUE'))
);

-- The review dashboard and the daily run look agreements up by status and review date.
CREATE INDEX agreement_version_status_review_idx ON agreement_version (status, review_date);
