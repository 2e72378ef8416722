-- Reports (báo cáo): what an agency writes for one obligation, its figures and files, and every
-- step of its review. Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id
-- NOT NULL, first in an index, with a foreign key to tenant, on every table.

-- One row per version: number 1 is the report; a correction after acceptance is number 2, and so
-- on, so that an accepted version is never changed. The obligation's status follows the last one.
CREATE TABLE report (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)  NOT NULL,
    obligation_id BIGINT       NOT NULL,
    number        INT          NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    summary       TEXT         NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    submitted_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_report PRIMARY KEY (id),
    CONSTRAINT uk_report UNIQUE (tenant_id, obligation_id, number),
    CONSTRAINT fk_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- What the agency did on one item it holds.
CREATE TABLE report_entry (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64) NOT NULL,
    report_id    BIGINT      NOT NULL,
    position     INT         NOT NULL,
    item_id      BIGINT      NOT NULL,
    narrative    TEXT        NULL,
    completed    BOOLEAN     NOT NULL DEFAULT FALSE,
    completed_on DATE        NULL,
    CONSTRAINT pk_report_entry PRIMARY KEY (id),
    CONSTRAINT uk_report_entry UNIQUE (tenant_id, report_id, position),
    CONSTRAINT fk_report_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_entry_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_entry_item FOREIGN KEY (item_id) REFERENCES item (id),
    INDEX ix_report_entry_item (tenant_id, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A result as figures (83,25 % = 1.250 of 1.501 việc); flag: why a reviewer should look at it.
CREATE TABLE report_figure (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)    NOT NULL,
    entry_id    BIGINT         NOT NULL,
    position    INT            NOT NULL,
    name        VARCHAR(300)   NOT NULL,
    numerator   DECIMAL(24, 6) NOT NULL,
    denominator DECIMAL(24, 6) NULL,
    target      DECIMAL(24, 6) NULL,
    unit        VARCHAR(50)    NULL,
    flag        VARCHAR(1000)  NULL,
    CONSTRAINT pk_report_figure PRIMARY KEY (id),
    CONSTRAINT uk_report_figure UNIQUE (tenant_id, entry_id, position),
    CONSTRAINT fk_report_figure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_figure_entry FOREIGN KEY (entry_id) REFERENCES report_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The bytes of an uploaded file, apart from what describes it: a new version of a report lists
-- the same files without copying them, and lists are read without the bytes.
CREATE TABLE attachment_content (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(64) NOT NULL,
    sha256     CHAR(64)    NOT NULL,
    size_bytes BIGINT      NOT NULL,
    content    LONGBLOB    NOT NULL,
    CONSTRAINT pk_attachment_content PRIMARY KEY (id),
    CONSTRAINT fk_attachment_content_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_attachment_content_sha (tenant_id, sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE report_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64)  NOT NULL,
    report_id    BIGINT       NOT NULL,
    content_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(190) NOT NULL,
    CONSTRAINT pk_report_attachment PRIMARY KEY (id),
    CONSTRAINT fk_report_attachment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_attachment_content FOREIGN KEY (content_id) REFERENCES attachment_content (id),
    INDEX ix_report_attachment_report (tenant_id, report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every workflow step, never updated nor deleted. idempotency_key: the client's key of a submit;
-- the unique key makes a retried submit find its first answer instead of submitting twice.
CREATE TABLE report_step (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)  NOT NULL,
    obligation_id   BIGINT       NOT NULL,
    report_number   INT          NOT NULL,
    action          VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    actor           VARCHAR(190) NOT NULL,
    at              DATETIME(6)  NOT NULL,
    comment         TEXT         NULL,
    idempotency_key VARCHAR(128) NULL,
    CONSTRAINT pk_report_step PRIMARY KEY (id),
    CONSTRAINT uk_report_step_key UNIQUE (tenant_id, obligation_id, idempotency_key),
    CONSTRAINT fk_report_step_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_step_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    INDEX ix_report_step_obligation (tenant_id, obligation_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
