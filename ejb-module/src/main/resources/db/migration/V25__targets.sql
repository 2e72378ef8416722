-- Targets (chỉ tiêu) and the tenant's rule on emulation (D-047).
--
-- A target is one agency's goal under a document (or one of its items) for a year or one period of
-- it: name and unit, a direction (AT_LEAST, AT_MOST, EXACTLY, strict when the text says "trên" or
-- "dưới"), a value, whether it is a rate (%) or a count, and, for a change against a base ("giảm ít
-- nhất 20% so với năm trước"), the base's year or period label and, when known, its value. A target
-- read from the plan keeps the sentence it came from and its place among the item's targets (source PLAN) and is written again by each
-- import of the plan; one entered by the secretariat (MANUAL) is left alone by imports.
-- The item is kept by id only, like a report's entry: an import that drops an item drops its PLAN
-- targets itself.
CREATE TABLE target (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)   NOT NULL,
    document_id   BIGINT        NOT NULL,
    item_id       BIGINT        NULL,
    agency_id     BIGINT        NOT NULL,
    target_year   INT           NOT NULL,
    period_label  VARCHAR(16)   NULL,
    name          VARCHAR(300)  NOT NULL,
    unit          VARCHAR(50)   NULL,
    measure       VARCHAR(8)    NOT NULL,
    direction     VARCHAR(8)    NOT NULL,
    strict_bound  BOOLEAN       NOT NULL DEFAULT FALSE,
    target_value  DECIMAL(24,6) NOT NULL,
    basis         VARCHAR(8)    NOT NULL DEFAULT 'LEVEL',
    base_year     INT           NULL,
    base_period   VARCHAR(16)   NULL,
    base_value    DECIMAL(24,6) NULL,
    source        VARCHAR(8)    NOT NULL,
    source_text   VARCHAR(2000) NULL,
    source_place  INT           NULL,
    created_by    VARCHAR(190)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(190)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_target PRIMARY KEY (id),
    CONSTRAINT fk_target_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_target_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_target_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_target_measure CHECK (measure IN ('RATE', 'COUNT')),
    CONSTRAINT ck_target_direction CHECK (direction IN ('AT_LEAST', 'AT_MOST', 'EXACTLY')),
    CONSTRAINT ck_target_basis CHECK (basis IN ('LEVEL', 'CHANGE')),
    CONSTRAINT ck_target_source CHECK (source IN ('PLAN', 'MANUAL')),
    INDEX ix_target_tenant (tenant_id),
    INDEX ix_target_document (tenant_id, document_id, item_id),
    INDEX ix_target_agency_year (tenant_id, agency_id, target_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The tenant's rule: an agency that missed a target due in the year is left out of the year's
-- emulation (thi đua). Off until the tenant's ADMIN turns it on (D-047).
ALTER TABLE scoring_rules ADD COLUMN exclude_missed_targets BOOLEAN NOT NULL DEFAULT FALSE;
