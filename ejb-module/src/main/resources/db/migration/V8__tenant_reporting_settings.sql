-- A tenant's reporting settings (cài đặt báo cáo): today its default sending deadline, the working
-- days after a period's cut-off that every document without its own (document.report_working_days)
-- gives agencies to send their report. At most one row per tenant; a tenant without one follows the
-- product's default, 3 working days (SendingDeadline.DEFAULT_WORKING_DAYS, decisions.md D-025).
-- Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id NOT NULL, first in
-- an index, with a foreign key to tenant. The bounds are those of a document's own deadline
-- (Nghị định 09/2019/NĐ-CP, Điều 8 khoản 5: at least one working day).

CREATE TABLE reporting_settings (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id            VARCHAR(64) NOT NULL,
    sending_working_days INT         NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_reporting_settings PRIMARY KEY (id),
    CONSTRAINT uk_reporting_settings_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_reporting_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_reporting_settings_days CHECK (sending_working_days BETWEEN 1 AND 60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
