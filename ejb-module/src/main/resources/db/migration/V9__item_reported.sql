-- An item an agency's report speaks of (report_entry.item_id) is never removed by a re-import that
-- no longer prints it, as an item the secretariat edited is not: the report must keep its subject.
-- Set by the report boundary when a draft is saved; never cleared.
ALTER TABLE item ADD COLUMN reported BOOLEAN NOT NULL DEFAULT FALSE AFTER no_lead_named;
UPDATE item SET reported = TRUE WHERE id IN (SELECT item_id FROM report_entry);
