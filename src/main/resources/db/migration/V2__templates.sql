-- Concordat schema, version 2: templates of agreements and DPIAs, and their versions.
-- A template belongs to an organisation, or to nobody when it is built in (loaded from templates/ at start-up).
-- A published version is never changed: a change is a new version. Content is the template as JSON.

CREATE SEQUENCE template_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE template_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE template (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    code                        VARCHAR(60) NOT NULL,
    kind                        VARCHAR(10) NOT NULL,
    owner_organisation_id       BIGINT REFERENCES organisation (id),
    title                       VARCHAR(200) NOT NULL,
    based_on_template_id        BIGINT REFERENCES template (id),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT template_kind_known CHECK (kind IN ('DSA', 'DPIA'))
);
CREATE INDEX template_owner_idx ON template (owner_organisation_id);

CREATE TABLE template_version (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    template_id                 BIGINT NOT NULL REFERENCES template (id),
    number                      INTEGER NOT NULL,
    status                      VARCHAR(12) NOT NULL,
    content                     VARCHAR(1000000) NOT NULL,
    based_on_version_id         BIGINT REFERENCES template_version (id),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  VARCHAR(254),
    published_at                TIMESTAMP WITH TIME ZONE,
    published_by                VARCHAR(254),
    CONSTRAINT template_version_number_unique UNIQUE (template_id, number),
    CONSTRAINT template_version_status_known CHECK (status IN ('DRAFT', 'PUBLISHED'))
);
