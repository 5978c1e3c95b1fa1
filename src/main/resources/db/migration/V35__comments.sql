-- Concordat schema, version 35: comments on drafts (issue 23, part 4).
-- Any party's IG lead or signatory comments on a version while it is a draft (the lead's IG leads only) or submitted:
-- on the whole version, one of its template's sections (by key) or one of its flows (by key). A comment starts a
-- thread; replies follow it; a thread is resolved and may be reopened. Comments are kept with the version for good:
-- once it is approved they are read-only, shown in its history, and never part of its signed PDF or JSON.

CREATE SEQUENCE comment_thread_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE comment_thread (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    agreement_id                BIGINT NOT NULL,
    anchor_kind                 VARCHAR(10) NOT NULL,
    anchor_key                  VARCHAR(100),
    status                      VARCHAR(10) NOT NULL,
    started_by_user_id          BIGINT NOT NULL,
    started_by_organisation_id  BIGINT NOT NULL,
    started_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by_name            VARCHAR(200),
    resolved_at                 TIMESTAMP WITH TIME ZONE,
    lock_version                BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT comment_thread_anchor_known CHECK (anchor_kind IN ('VERSION', 'SECTION', 'FLOW')),
    CONSTRAINT comment_thread_anchor_keyed CHECK ((anchor_kind = 'VERSION' AND anchor_key IS NULL)
                                                 OR (anchor_kind <> 'VERSION' AND anchor_key IS NOT NULL)),
    CONSTRAINT comment_thread_status_known CHECK (status IN ('OPEN', 'RESOLVED'))
);
CREATE INDEX comment_thread_version_idx ON comment_thread (agreement_version_id, status);

CREATE SEQUENCE comment_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE comment_entry (
    id                          BIGINT PRIMARY KEY,
    thread_id                   BIGINT NOT NULL REFERENCES comment_thread (id),
    author_user_id              BIGINT NOT NULL,
    author_name                 VARCHAR(200) NOT NULL,
    author_organisation_id      BIGINT NOT NULL,
    author_organisation_name    VARCHAR(200) NOT NULL,
    body                        VARCHAR(2000) NOT NULL,
    written_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comment_entry_thread_idx ON comment_entry (thread_id);
