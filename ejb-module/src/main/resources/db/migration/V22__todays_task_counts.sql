-- Today's scorecard counts kept up to date by every ledger write (D-037). Today's scorecard used to
-- count the tenant's ~600,000 open versions again after every change (1.7 s for a province); this
-- table holds the same open versions counted by what decides their status, so today's read sums a
-- few tens of thousands of rows. Control.Ledger moves a row by +n/-n in the transaction of the
-- versions it opens and closes, after taking the tenant's ledger_generation row (one writer per
-- tenant at a time, so an update that finds no row may insert it).
--
-- Two kinds of row, both over open versions only:
--  * a line row (document_id set, period_label NULL): the tasks and reports of an agency in a
--    document, by kind, completion and, while open, the deadline (open-within or open-overdue is
--    decided by the day the scorecard is read, and the overdue ages by the deadline);
--  * a track row (document_id NULL, kind REPORT): an agency's reports by period label, for the
--    reporting track per period.
-- A completed version keeps no deadline (due_on NULL): on time or late is decided once, at
-- completion. A row whose count has fallen to 0 stays (the read ignores groups that sum to 0).
CREATE TABLE task_count (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64) NOT NULL,
    agency_id    BIGINT      NOT NULL,
    document_id  BIGINT      NULL,
    kind         VARCHAR(16) NOT NULL,
    period_label VARCHAR(16) NULL,
    completion   VARCHAR(8)  NOT NULL,
    due_on       DATE        NULL,
    tasks        BIGINT      NOT NULL,
    CONSTRAINT pk_task_count PRIMARY KEY (id),
    CONSTRAINT fk_task_count_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_task_count_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_task_count_kind CHECK (kind IN ('ITEM', 'DELIVERABLE', 'REPORT')),
    CONSTRAINT ck_task_count_completion CHECK (completion IN ('OPEN', 'ON_TIME', 'LATE')),
    CONSTRAINT ck_task_count_tasks CHECK (tasks >= 0),
    INDEX ix_task_count_key (tenant_id, document_id, agency_id, kind, period_label, completion, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The lines, from the ledger's open versions as they are.
INSERT INTO task_count (tenant_id, agency_id, document_id, kind, period_label, completion, due_on, tasks)
SELECT tenant_id, agency_id, document_id, kind, NULL,
       CASE WHEN done_on IS NULL THEN 'OPEN' WHEN done_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END,
       CASE WHEN done_on IS NULL THEN due_on END,
       COUNT(*)
  FROM task_version WHERE valid_to IS NULL
 GROUP BY tenant_id, agency_id, document_id, kind,
          CASE WHEN done_on IS NULL THEN 'OPEN' WHEN done_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END,
          CASE WHEN done_on IS NULL THEN due_on END;

-- The reporting track per period.
INSERT INTO task_count (tenant_id, agency_id, document_id, kind, period_label, completion, due_on, tasks)
SELECT tenant_id, agency_id, NULL, kind, period_label,
       CASE WHEN done_on IS NULL THEN 'OPEN' WHEN done_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END,
       CASE WHEN done_on IS NULL THEN due_on END,
       COUNT(*)
  FROM task_version WHERE valid_to IS NULL AND kind = 'REPORT'
 GROUP BY tenant_id, agency_id, period_label,
          CASE WHEN done_on IS NULL THEN 'OPEN' WHEN done_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END,
          CASE WHEN done_on IS NULL THEN due_on END;

-- The latest moment the tenant's ledger was written at. The counts are the versions known at a day's
-- end only when nothing was written at or after that end (a version opened later, or one closed
-- later, would make the open versions differ from those known at the cut): today's read uses the
-- counts when latest_at is before the end of the day, and the ledger otherwise.
ALTER TABLE ledger_generation ADD COLUMN latest_at DATETIME(6) NULL;
UPDATE ledger_generation g
   SET latest_at = (SELECT GREATEST(MAX(v.valid_from), COALESCE(MAX(v.valid_to), MAX(v.valid_from)))
                      FROM task_version v WHERE v.tenant_id = g.tenant_id);

-- Today's overdue list (the PDF's): open, not done, due before the day, in deadline order.
CREATE INDEX ix_task_version_open_due ON task_version (tenant_id, valid_to, done_on, due_on, kind);
