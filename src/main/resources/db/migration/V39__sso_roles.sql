-- Concordat schema, version 39: the roles a single sign-on provider's claim gave a user at their last sign-in (issue 20).
-- At each sign-in the provider's roles are taken again: a role it gave and no longer gives is taken away, while a role
-- an IG lead or administrator gave in Concordat (one not in this table) stays. A user signed in before this version
-- has none recorded: their next sign-in adds what the claim gives and takes nothing away.

CREATE TABLE app_user_sso_role (
    user_id                     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role                        VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_sso_role_known CHECK (role IN ('IG_LEAD', 'SIGNATORY', 'DPO', 'PRACTITIONER'))
);
