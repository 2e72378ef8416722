-- The days a tenant moves in its working-day calendar: a day made a day off (the government joins
-- a bridge day to a holiday) or a weekend day made a working day (worked in exchange). Weekends,
-- public holidays and compensatory days are computed, not stored.
-- Same rules as V1: tenant_id NOT NULL, first in an index, with a foreign key to tenant.

CREATE TABLE moved_day (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(64)  NOT NULL,
    day       DATE         NOT NULL,
    working   BOOLEAN      NOT NULL,
    reason    VARCHAR(255) NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_moved_day PRIMARY KEY (id),
    CONSTRAINT uk_moved_day UNIQUE (tenant_id, day),
    CONSTRAINT fk_moved_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
