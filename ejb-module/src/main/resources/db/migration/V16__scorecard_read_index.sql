-- The scorecard's as-of read (D-034): every aggregate reads the tenant's versions known at a cut,
-- tenant_id = ? AND valid_from < cut AND (valid_to IS NULL OR valid_to >= cut), and sums CASE WHEN
-- over kind, due_on and done_on grouped by agency or document. With the index of V15, (tenant_id,
-- valid_to, valid_from), MariaDB chose to read the whole tenant through ix_task_version_agency and
-- look every row up in the table: 5 to 9 s per aggregate for a province of 1.2 million versions
-- when the table does not fit in the buffer pool. This index holds every column the aggregate
-- reads, so the read is a range of the index alone (the open versions, then those closed after the
-- cut), in the order of the as-of condition; period_label too, for the reporting track per period.
-- It replaces V15's, of which it is an extension.
CREATE INDEX ix_task_version_tally
    ON task_version (tenant_id, valid_to, valid_from, kind, agency_id, document_id, period_label, due_on, done_on);
DROP INDEX ix_task_version_as_of ON task_version;
