-- A stand-in for the product's V6__reports.sql, used only until the reports API lands on main, so
-- that the bare baseline and the harness can be tried. docs/bench/burst.sh applies it only when the
-- product's own migration did not create the table `report`. Delete it once V6 is on main.
CREATE TABLE report (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)  NOT NULL,
    obligation_id BIGINT       NOT NULL,
    summary       TEXT         NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(190) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_report PRIMARY KEY (id),
    CONSTRAINT uk_report_obligation UNIQUE (tenant_id, obligation_id),
    CONSTRAINT fk_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE report_entry (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64) NOT NULL,
    report_id    BIGINT      NOT NULL,
    item_id      BIGINT      NOT NULL,
    position     INT         NOT NULL,
    narrative    TEXT        NULL,
    completed    BOOLEAN     NOT NULL DEFAULT FALSE,
    completed_on DATE        NULL,
    CONSTRAINT pk_report_entry PRIMARY KEY (id),
    CONSTRAINT uk_report_entry UNIQUE (tenant_id, report_id, item_id),
    CONSTRAINT fk_report_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_entry_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_entry_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE report_figure (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)    NOT NULL,
    entry_id    BIGINT         NOT NULL,
    position    INT            NOT NULL,
    name        VARCHAR(255)   NOT NULL,
    numerator   DECIMAL(19, 4) NOT NULL,
    denominator DECIMAL(19, 4) NULL,
    target      DECIMAL(19, 4) NULL,
    unit        VARCHAR(64)    NULL,
    flag        VARCHAR(500)   NULL,
    CONSTRAINT pk_report_figure PRIMARY KEY (id),
    CONSTRAINT fk_report_figure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_figure_entry FOREIGN KEY (entry_id) REFERENCES report_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE report_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(64)  NOT NULL,
    report_id    BIGINT       NOT NULL,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(190) NOT NULL,
    CONSTRAINT pk_report_attachment PRIMARY KEY (id),
    CONSTRAINT fk_report_attachment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE report_step (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)   NOT NULL,
    report_id       BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    username        VARCHAR(190)  NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    comment         VARCHAR(2000) NULL,
    idempotency_key VARCHAR(100)  NULL,
    CONSTRAINT pk_report_step PRIMARY KEY (id),
    CONSTRAINT uk_report_step_key UNIQUE (tenant_id, report_id, idempotency_key),
    CONSTRAINT fk_report_step_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_step_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
