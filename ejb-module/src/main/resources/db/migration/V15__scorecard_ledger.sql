-- The scorecard's ledger (sổ theo dõi nhiệm vụ): what was known, and from when, about every task a
-- scorecard counts, so that the scorecard as of a past date shows what was known that day (D-032).
-- Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id NOT NULL, first in an
-- index, with a foreign key to tenant, on every tenant-owned table.

-- When the report that stands was received: the submission that put it with the reviewers. A return
-- of a first version clears it; a correction of an accepted report keeps the first receipt. Until now
-- only submitted_at (the latest version's submission) was kept, which a correction moves.
ALTER TABLE obligation ADD COLUMN received_at DATETIME(6) NULL AFTER submitted_at;
UPDATE obligation SET received_at = submitted_at WHERE status IN ('SUBMITTED', 'APPROVED', 'ACCEPTED');

-- Ids come from a table generator in blocks, not AUTO_INCREMENT: an IDENTITY id is known only after
-- its INSERT runs, which defeats JDBC batching, and a re-import or a calendar change writes thousands
-- of ledger rows at once. Not tenant-owned: it holds counters, no tenant's data.
CREATE TABLE id_block (
    name       VARCHAR(64) NOT NULL,
    next_value BIGINT      NOT NULL,
    CONSTRAINT pk_id_block PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
INSERT INTO id_block (name, next_value) VALUES ('task_version', 0);

-- One row per version of a task's facts: kind ITEM (a dated item the agency leads; subject_id is the
-- item), DELIVERABLE (the agency's own plan) or REPORT (a period's report; subject_id is the
-- obligation). A change closes the open row (valid_to) and opens a new one; nothing is updated
-- otherwise, and nothing is deleted, so a subject that goes away keeps its past. The as-of read is
-- valid_from <= cut AND (valid_to IS NULL OR valid_to > cut). open_subject_id is the subject while
-- the row is open and NULL once closed: its unique key allows one open row per task.
CREATE TABLE task_version (
    id              BIGINT      NOT NULL,
    tenant_id       VARCHAR(64) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    subject_id      BIGINT      NOT NULL,
    open_subject_id BIGINT      AS (IF(valid_to IS NULL, subject_id, NULL)) PERSISTENT,
    document_id     BIGINT      NOT NULL,
    agency_id       BIGINT      NOT NULL,
    period_label    VARCHAR(16) NULL,
    due_on          DATE        NOT NULL,
    original_due_on DATE        NOT NULL,
    done_on         DATE        NULL,
    valid_from      DATETIME(6) NOT NULL,
    valid_to        DATETIME(6) NULL,
    CONSTRAINT pk_task_version PRIMARY KEY (id),
    CONSTRAINT uk_task_version_open UNIQUE (tenant_id, kind, open_subject_id, agency_id),
    CONSTRAINT fk_task_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_task_version_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_task_version_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_task_version_kind CHECK (kind IN ('ITEM', 'DELIVERABLE', 'REPORT')),
    INDEX ix_task_version_as_of (tenant_id, valid_to, valid_from),
    INDEX ix_task_version_document (tenant_id, document_id, valid_to),
    INDEX ix_task_version_agency (tenant_id, agency_id, valid_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A tenant's scoring rules (cách chấm điểm): weights of the four rates and the lower bounds of the
-- grades. Kept as versions from valid_from, never changed in place, so a past scorecard is graded by
-- the rules of its day. A tenant without a row uses the product's defaults (ScoringRules.DEFAULT).
CREATE TABLE scoring_rules (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id           VARCHAR(64)  NOT NULL,
    weight_completed    INT          NOT NULL,
    weight_on_time      INT          NOT NULL,
    weight_reporting    INT          NOT NULL,
    weight_timeliness   INT          NOT NULL,
    band_excellent      DECIMAL(5,2) NOT NULL,
    band_good           DECIMAL(5,2) NOT NULL,
    band_pass           DECIMAL(5,2) NOT NULL,
    valid_from          DATETIME(6)  NOT NULL,
    set_by              VARCHAR(190) NOT NULL,
    CONSTRAINT pk_scoring_rules PRIMARY KEY (id),
    CONSTRAINT fk_scoring_rules_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_scoring_rules_weights CHECK (weight_completed >= 0 AND weight_on_time >= 0
        AND weight_reporting >= 0 AND weight_timeliness >= 0
        AND weight_completed + weight_on_time + weight_reporting + weight_timeliness > 0),
    CONSTRAINT ck_scoring_rules_bands CHECK (band_pass > 0 AND band_pass < band_good
        AND band_good < band_excellent AND band_excellent <= 100),
    INDEX ix_scoring_rules_from (tenant_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
