-- Today's counts summed faster (D-048). Today's scorecard sums task_count's rows of the tenant
-- (~104,000 line rows and ~26,000 track rows for a province) with eleven SUM(CASE ...) whose
-- conditions compare kind and completion. Measured on a generated province (docs/benchmarks.md):
--  * in the table's collation (utf8mb4_uca1400_vietnamese_as_ci) each of those comparisons is a
--    Unicode collation compare, some twenty per row; the columns hold enum names only (ASCII
--    capitals), so a binary ASCII collation gives the same answers at the cost of a memcmp;
--  * the index did not hold `tasks`, so the read looked each row up in the table and grouped the
--    rows in a temporary table; with `tasks` at the end the index covers the read, and a GROUP BY
--    in the index's order (document, agency; agency and period for the track) streams without one.
-- Together: the lines' sum 2.2-3.5 s -> 0.6-0.9 s on the loaded machine. The counts are unchanged.
ALTER TABLE task_count
    MODIFY kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY completion VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

-- The new index first: the tenant's foreign key needs an index that starts with tenant_id.
CREATE INDEX ix_task_count_read
    ON task_count (tenant_id, document_id, agency_id, kind, period_label, completion, due_on, tasks);
DROP INDEX ix_task_count_key ON task_count;
