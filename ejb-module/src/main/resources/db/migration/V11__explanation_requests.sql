-- Requests for explanation (yêu cầu giải trình): a leader or the secretariat asks an agency to
-- explain an obligation (a missing or late report) or an item it holds, by a date; the agency
-- answers in writing, with files. Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive;
-- tenant_id NOT NULL, first in an index, with a foreign key to tenant, on every table.

-- The subject is an obligation or an item (never both). Either may be removed later by the
-- components below (a regime no longer asks the report; a re-import no longer prints the item): the
-- request is history and stays, its link set to NULL, and subject_kind, subject_code and
-- document_id still say what was asked about. answered_late: answered after answer_by (allowed).
-- "Not both" is the entity's rule: MariaDB refuses a CHECK on a column its foreign key sets NULL.
CREATE TABLE explanation_request (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)  NOT NULL,
    agency_id     BIGINT       NOT NULL,
    subject_kind  VARCHAR(16)  NOT NULL,
    obligation_id BIGINT       NULL,
    item_id       BIGINT       NULL,
    document_id   BIGINT       NOT NULL,
    subject_code  VARCHAR(64)  NOT NULL,
    question      TEXT         NOT NULL,
    answer_by     DATE         NOT NULL,
    asked_by      VARCHAR(190) NOT NULL,
    asked_at      DATETIME(6)  NOT NULL,
    answer        TEXT         NULL,
    answered_by   VARCHAR(190) NULL,
    answered_at   DATETIME(6)  NULL,
    answered_late BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_explanation_request PRIMARY KEY (id),
    CONSTRAINT fk_explanation_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_explanation_request_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_explanation_request_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_explanation_request_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE SET NULL,
    CONSTRAINT fk_explanation_request_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT ck_explanation_request_answer CHECK (
        (answered_at IS NULL AND answer IS NULL AND answered_by IS NULL)
        OR (answered_at IS NOT NULL AND answer IS NOT NULL AND answered_by IS NOT NULL)),
    INDEX ix_explanation_request_agency (tenant_id, agency_id, asked_at),
    INDEX ix_explanation_request_open (tenant_id, answered_at, answer_by),
    INDEX ix_explanation_request_obligation (tenant_id, obligation_id),
    INDEX ix_explanation_request_item (tenant_id, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A file of the answer; the bytes are in attachment_content (V6), as a report's are.
CREATE TABLE explanation_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64)  NOT NULL,
    request_id   BIGINT       NOT NULL,
    content_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(190) NOT NULL,
    CONSTRAINT pk_explanation_attachment PRIMARY KEY (id),
    CONSTRAINT fk_explanation_attachment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_explanation_attachment_request FOREIGN KEY (request_id) REFERENCES explanation_request (id),
    CONSTRAINT fk_explanation_attachment_content FOREIGN KEY (content_id) REFERENCES attachment_content (id),
    INDEX ix_explanation_attachment_request (tenant_id, request_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
