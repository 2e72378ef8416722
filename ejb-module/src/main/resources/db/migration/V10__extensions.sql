-- Extensions (gia hạn): an agency asks for more time on one obligation, with a reason; the
-- secretariat approves with a new date or refuses with a comment. Every request is kept, decided
-- or not. Same rules as V1: utf8mb4 / uca1400 Vietnamese accent-sensitive; tenant_id NOT NULL,
-- first in an index, with a foreign key to tenant, on every table.

-- The date the last approved extension granted, NULL when none was: the deadline (due_on) is the
-- later of this and original_due_on, the regime's date, so a regime or calendar change moves
-- original_due_on and keeps the granted date (D-027).
ALTER TABLE obligation ADD COLUMN extended_due_on DATE NULL AFTER original_due_on;

-- pending_obligation_id is the obligation's id while the request waits for a decision and NULL
-- once decided: its unique key allows one pending request per obligation, whatever the code does
-- (a NULL never collides). PERSISTENT is MariaDB's STORED; JPA never maps it.
CREATE TABLE extension (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id             VARCHAR(64)   NOT NULL,
    obligation_id         BIGINT        NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    pending_obligation_id BIGINT        AS (IF(status = 'PENDING', obligation_id, NULL)) PERSISTENT,
    due_on_before         DATE          NOT NULL,
    requested_due_on      DATE          NOT NULL,
    reason                VARCHAR(2000) NOT NULL,
    requested_by          VARCHAR(190)  NOT NULL,
    requested_at          DATETIME(6)   NOT NULL,
    granted_due_on        DATE          NULL,
    decided_by            VARCHAR(190)  NULL,
    decided_at            DATETIME(6)   NULL,
    comment               VARCHAR(2000) NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_extension PRIMARY KEY (id),
    CONSTRAINT uk_extension_pending UNIQUE (tenant_id, pending_obligation_id),
    CONSTRAINT fk_extension_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_extension_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    INDEX ix_extension_obligation (tenant_id, obligation_id, requested_at),
    INDEX ix_extension_status (tenant_id, status, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
