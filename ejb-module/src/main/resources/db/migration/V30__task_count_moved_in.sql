-- Today's lines caught up instead of summed again (D-049). After a change a server that keeps
-- today's lines for generation g re-sums only the lines whose counts moved since g, which it finds
-- by this column: the ledger generation of the recording that last moved the row. Rows written
-- before this migration read 0 (moved before any generation a server keeps).
ALTER TABLE task_count ADD COLUMN moved_in BIGINT NOT NULL DEFAULT 0;

-- The rows moved since a generation, with the line they belong to, from the index alone.
CREATE INDEX ix_task_count_moved ON task_count (tenant_id, moved_in, document_id, agency_id);
