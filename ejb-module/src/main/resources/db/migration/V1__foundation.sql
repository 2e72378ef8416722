-- Đôn Đốc: the foundation schema. Flyway owns the schema; nothing else creates tables.
--
-- Character set and collation, chosen on purpose (docs/decisions.md, D-004):
-- utf8mb4 holds every Vietnamese letter; utf8mb4_uca1400_vietnamese_as_ci compares
-- accent-SENSITIVELY and case-insensitively with the Vietnamese alphabet's order
-- (a ă â b c d đ e ê …). "Sở" and "So" are different names, "SỞ TƯ PHÁP" and "Sở Tư pháp" are
-- the same one; lists sort the way Vietnamese readers expect.
--
-- Every tenant-owned table has tenant_id NOT NULL, first in an index, and a foreign key to
-- tenant: EclipseLink writes NULL when no tenant is bound (platform.md, trap 4), and the
-- database refuses it.

CREATE TABLE tenant (
    id            VARCHAR(64)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NULL,
    issuing_body  VARCHAR(255) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    bundle_hash   CHAR(64)     NULL,
    loaded_at     DATETIME(6)  NULL,
    CONSTRAINT pk_tenant PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE agency (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(64)  NOT NULL,
    code      VARCHAR(190) NOT NULL,
    name      VARCHAR(255) NOT NULL,
    name_en   VARCHAR(255) NULL,
    kind      VARCHAR(32)  NOT NULL,
    aliases   TEXT         NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_agency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE agency_group (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)  NOT NULL,
    code          VARCHAR(190) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NULL,
    aliases       TEXT         NULL,
    members_known BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_agency_group PRIMARY KEY (id),
    CONSTRAINT uk_agency_group_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_agency_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE agency_group_member (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(64) NOT NULL,
    group_id  BIGINT      NOT NULL,
    agency_id BIGINT      NOT NULL,
    CONSTRAINT pk_agency_group_member PRIMARY KEY (id),
    CONSTRAINT uk_agency_group_member UNIQUE (tenant_id, group_id, agency_id),
    CONSTRAINT fk_agency_group_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_agency_group_member_group FOREIGN KEY (group_id) REFERENCES agency_group (id),
    CONSTRAINT fk_agency_group_member_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)  NOT NULL,
    username      VARCHAR(190) NOT NULL,
    display_name  VARCHAR(255) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    roles         VARCHAR(255) NOT NULL,
    agency_id     BIGINT       NULL,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (tenant_id, username),
    CONSTRAINT fk_user_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE audit_record (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    username    VARCHAR(190)  NOT NULL,
    roles       VARCHAR(255)  NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    target      VARCHAR(255)  NULL,
    outcome     VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000) NULL,
    CONSTRAINT pk_audit_record PRIMARY KEY (id),
    CONSTRAINT fk_audit_record_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_audit_record_tenant_time (tenant_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The audit trail is append-only, whoever connects.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
