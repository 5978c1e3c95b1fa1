-- Concordat schema, version 36: the languages people read Concordat in (issue 23: Welsh).
-- Runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL).
-- A person's language for pages and e-mails: 'en' or 'cy', null until they first choose (the switch's cookie decides
-- until then, and e-mails are in English).
ALTER TABLE app_user ADD COLUMN language VARCHAR(2);
ALTER TABLE app_user ADD CONSTRAINT app_user_language_known CHECK (language IN ('en', 'cy'));
-- The language of the fixed text and headings of the PDFs of the agreements and DPIAs an organisation leads.
ALTER TABLE organisation ADD COLUMN document_language VARCHAR(2) DEFAULT 'en' NOT NULL;
ALTER TABLE organisation ADD CONSTRAINT organisation_document_language_known CHECK (document_language IN ('en', 'cy'));
