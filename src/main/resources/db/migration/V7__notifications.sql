-- Concordat schema, version 7: the in-app inbox. Each notification is also sent by email when it is created.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id                          BIGINT PRIMARY KEY,
    recipient_user_id           BIGINT NOT NULL REFERENCES app_user (id),
    subject                     VARCHAR(300) NOT NULL,
    body                        VARCHAR(4000) NOT NULL,
    link                        VARCHAR(300),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at                     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, created_at);
