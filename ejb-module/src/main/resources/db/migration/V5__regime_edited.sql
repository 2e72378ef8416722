-- The secretariat's own reporting regime for a document (PUT /documents/{id}/regime): once set,
-- a re-import of the text keeps it, as it keeps the items the secretariat edited.
ALTER TABLE document ADD COLUMN regime_edited BOOLEAN NOT NULL DEFAULT FALSE AFTER report_working_days;
