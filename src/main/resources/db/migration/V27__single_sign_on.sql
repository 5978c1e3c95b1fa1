-- Single sign-on (issue 20): a user provisioned by an organisation's OpenID Connect provider is known by the
-- provider's issuer and the subject it gives them (the e-mail address may change there; these never do). Such a
-- user has no password (password_hash stays NULL; it was already nullable).
ALTER TABLE app_user ADD COLUMN sso_issuer VARCHAR(500);
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(255);
ALTER TABLE app_user ADD CONSTRAINT app_user_sso_unique UNIQUE (sso_issuer, sso_subject);
ALTER TABLE app_user ADD CONSTRAINT app_user_sso_both CHECK ((sso_issuer IS NULL) = (sso_subject IS NULL));
COMMENT ON COLUMN app_user.sso_issuer IS 'Issuer of the OpenID Connect provider that signs this user in, if any';
COMMENT ON COLUMN app_user.sso_subject IS 'The subject (sub) that provider gives this user';
