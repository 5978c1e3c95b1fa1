-- Concordat schema, version 16: the review reminders already sent about a signed-off DPIA version (90, 30 and 7 days
-- before its review date, and once overdue), so that the calendar run sends each one once, as for agreements (V6).
-- A table of its own: signed-off DPIA versions never change (V12), and a reminder is not part of what was assessed.
CREATE TABLE dpia_review_reminder (
    dpia_version_id             BIGINT NOT NULL REFERENCES dpia_version (id),
    reminder                    VARCHAR(10) NOT NULL,
    sent_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dpia_version_id, reminder),
    CONSTRAINT dpia_review_reminder_known CHECK (reminder IN ('DAYS_90', 'DAYS_30', 'DAYS_7', 'OVERDUE'))
);

-- The calendar run and the review dashboard look signed-off versions up by status and review date.
CREATE INDEX dpia_version_status_review_idx ON dpia_version (status, review_date);
