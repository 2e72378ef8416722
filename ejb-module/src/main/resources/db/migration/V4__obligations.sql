-- Obligations (nghĩa vụ báo cáo): what each reporting agency owes for a document, its own plan and
-- one results report per period, and the bodies section III names for the reporting regime.
-- Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id NOT NULL, first in
-- an index, with a foreign key to tenant, on every table.

-- A document's own sending deadline (working days after a period's cut-off); NULL: the default.
ALTER TABLE document ADD COLUMN report_working_days INT NULL AFTER reporting_text;

CREATE TABLE reporting_body (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)  NOT NULL,
    document_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(500) NOT NULL,
    agency_id   BIGINT       NULL,
    group_id    BIGINT       NULL,
    CONSTRAINT pk_reporting_body PRIMARY KEY (id),
    CONSTRAINT uk_reporting_body UNIQUE (tenant_id, document_id, position),
    CONSTRAINT fk_reporting_body_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_reporting_body_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_reporting_body_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_reporting_body_group FOREIGN KEY (group_id) REFERENCES agency_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- period_key makes the agency plan (no period) unique too: a NULL never collides in a UNIQUE key.
-- PERSISTENT is MariaDB's name for STORED (both 10.11 and 11.4 accept it); JPA never maps it.
CREATE TABLE obligation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)  NOT NULL,
    document_id     BIGINT       NOT NULL,
    agency_id       BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    period_label    VARCHAR(16)  NULL,
    period_key      VARCHAR(16)  AS (IFNULL(period_label, '')) PERSISTENT,
    period_from     DATE         NULL,
    period_to       DATE         NULL,
    due_on          DATE         NOT NULL,
    original_due_on DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    orphaned        BOOLEAN      NOT NULL DEFAULT FALSE,
    submitted_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_obligation PRIMARY KEY (id),
    CONSTRAINT uk_obligation UNIQUE (tenant_id, document_id, agency_id, kind, period_key),
    CONSTRAINT fk_obligation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_obligation_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_obligation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_obligation_agency_due (tenant_id, agency_id, due_on),
    INDEX ix_obligation_document (tenant_id, document_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
