-- Reminders, escalations and notifications (đôn đốc, nhắc việc), decisions.md D-029. Additive only.
-- Same rules as V1: utf8mb4 / uca1400 Vietnamese; tenant_id NOT NULL, first in an index, with a
-- foreign key to tenant, on every table.

-- Where a user's e-mail reminders go; NULL: the user gets the in-app inbox and the webhook only.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254) NULL;

-- A tenant's reminder settings: N working days before the deadline (due soon), every M working days
-- once overdue, escalation after K working days overdue; and the tenant's outgoing webhook. At most
-- one row per tenant; a tenant without one follows the defaults (NotificationSettings.DEFAULT_*).
CREATE TABLE notification_settings (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            VARCHAR(64)   NOT NULL,
    days_before          INT           NOT NULL,
    overdue_every        INT           NOT NULL,
    escalate_after       INT           NOT NULL,
    webhook_url          VARCHAR(1000) NULL,
    webhook_secret       VARCHAR(255)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_notification_settings PRIMARY KEY (id),
    CONSTRAINT uk_notification_settings_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_notification_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_notification_settings_days CHECK (days_before BETWEEN 1 AND 20
        AND overdue_every BETWEEN 1 AND 20 AND escalate_after BETWEEN 1 AND 60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One notice to one user: its inbox entry. topic names what it is about ("obligation:<id>" or
-- "digest"), occurrence the working day it falls on. The unique key is the exactly-once guard: a
-- second run of the same day, a second server or a caught-up night cannot write it twice.
CREATE TABLE notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(64)   NOT NULL,
    topic         VARCHAR(64)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    occurrence    DATE          NOT NULL,
    recipient     VARCHAR(190)  NOT NULL,
    agency_code   VARCHAR(190)  NULL,
    obligation_id BIGINT        NULL,
    subject       VARCHAR(500)  NOT NULL,
    body          TEXT          NOT NULL,
    link          VARCHAR(1000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT uk_notice_once UNIQUE (tenant_id, topic, kind, occurrence, recipient),
    CONSTRAINT fk_notice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_notice_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    INDEX ix_notice_recipient (tenant_id, recipient, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One notice through one outside channel (EMAIL, WEBHOOK): the outbox. Written with the notice,
-- sent after commit; claimed_until leases it to one server while it sends, so a crash only delays it.
CREATE TABLE notice_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)   NOT NULL,
    notice_id       BIGINT        NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    address         VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    delivered_at    DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_notice_delivery PRIMARY KEY (id),
    CONSTRAINT uk_notice_delivery UNIQUE (tenant_id, notice_id, channel),
    CONSTRAINT fk_notice_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    INDEX ix_notice_delivery_due (tenant_id, status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
