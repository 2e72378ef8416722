-- Documents (directives, plans), their references, their item trees, the responsibilities and
-- assignments of each item, and the name mappings the secretariat teaches the importer.
-- Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id NOT NULL, first in
-- an index, with a foreign key to tenant, on every table.

CREATE TABLE document (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id              VARCHAR(64)   NOT NULL,
    type                   VARCHAR(8)    NULL,
    number                 VARCHAR(100)  NOT NULL,
    issuer                 VARCHAR(255)  NULL,
    place                  VARCHAR(100)  NULL,
    issued_on              DATE          NULL,
    signer                 VARCHAR(255)  NULL,
    title                  TEXT          NULL,
    agency_plan_due_on     DATE          NULL,
    agency_plan_text       TEXT          NULL,
    reporting_frequencies  VARCHAR(100)  NULL,
    reporting_text         TEXT          NULL,
    focal_agency_id        BIGINT        NULL,
    focal_agency_text      VARCHAR(255)  NULL,
    source_format          VARCHAR(16)   NOT NULL,
    source_sha256          CHAR(64)      NOT NULL,
    imported_at            DATETIME(6)   NOT NULL,
    imported_by            VARCHAR(190)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT uk_document_number UNIQUE (tenant_id, number),
    CONSTRAINT fk_document_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_document_focal_agency FOREIGN KEY (focal_agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE document_reference (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)  NOT NULL,
    document_id BIGINT       NOT NULL,
    relation    VARCHAR(16)  NOT NULL,
    number      VARCHAR(100) NOT NULL,
    target_id   BIGINT       NULL,
    CONSTRAINT pk_document_reference PRIMARY KEY (id),
    CONSTRAINT fk_document_reference_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_document_reference_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_reference_target FOREIGN KEY (target_id) REFERENCES document (id),
    INDEX ix_document_reference_document (tenant_id, document_id),
    INDEX ix_document_reference_number (tenant_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE item (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(64)  NOT NULL,
    document_id    BIGINT       NOT NULL,
    parent_id      BIGINT       NULL,
    code           VARCHAR(64)  NOT NULL,
    label          VARCHAR(16)  NOT NULL,
    position       INT          NOT NULL,
    text           MEDIUMTEXT   NOT NULL,
    schedule_kind  VARCHAR(16)  NULL,
    deadline       DATE         NULL,
    schedule_text  VARCHAR(1000) NULL,
    edited         BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_item PRIMARY KEY (id),
    CONSTRAINT uk_item_code UNIQUE (tenant_id, document_id, code),
    CONSTRAINT fk_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_item_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_item_parent FOREIGN KEY (parent_id) REFERENCES item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE responsibility (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(64)  NOT NULL,
    item_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    text      VARCHAR(500) NOT NULL,
    unit      VARCHAR(255) NULL,
    agency_id BIGINT       NULL,
    group_id  BIGINT       NULL,
    CONSTRAINT pk_responsibility PRIMARY KEY (id),
    CONSTRAINT fk_responsibility_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_responsibility_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_responsibility_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_responsibility_group FOREIGN KEY (group_id) REFERENCES agency_group (id),
    INDEX ix_responsibility_item (tenant_id, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE assignment (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(64) NOT NULL,
    item_id           BIGINT      NOT NULL,
    agency_id         BIGINT      NOT NULL,
    role              VARCHAR(16) NOT NULL,
    via_group_id      BIGINT      NULL,
    responsibility_id BIGINT      NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT uk_assignment UNIQUE (tenant_id, item_id, agency_id, role),
    CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_assignment_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_assignment_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_assignment_group FOREIGN KEY (via_group_id) REFERENCES agency_group (id),
    CONSTRAINT fk_assignment_responsibility FOREIGN KEY (responsibility_id) REFERENCES responsibility (id),
    INDEX ix_assignment_agency (tenant_id, agency_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE name_mapping (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(64)  NOT NULL,
    text      VARCHAR(500) NOT NULL,
    agency_id BIGINT       NULL,
    group_id  BIGINT       NULL,
    CONSTRAINT pk_name_mapping PRIMARY KEY (id),
    CONSTRAINT uk_name_mapping UNIQUE (tenant_id, text),
    CONSTRAINT fk_name_mapping_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_name_mapping_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_name_mapping_group FOREIGN KEY (group_id) REFERENCES agency_group (id),
    CONSTRAINT ck_name_mapping_one_target CHECK ((agency_id IS NULL) <> (group_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
