-- The ledger's generation per tenant (D-036): a number every recording that changes the tenant's
-- ledger raises, in the transaction of the change. Today's scorecard counts are kept while the
-- generation they were read at is still the tenant's, so a scorecard or PDF read again without a
-- change in between is not counted again; any change, from any server, moves the number and the
-- next read counts afresh. One row per tenant (id is always 1: the tenant makes the row unique);
-- tenant_id NOT NULL, first in the primary key, with a foreign key to tenant, as on every
-- tenant-owned table.
CREATE TABLE ledger_generation (
    tenant_id  VARCHAR(64) NOT NULL,
    id         TINYINT     NOT NULL DEFAULT 1,
    generation BIGINT      NOT NULL,
    CONSTRAINT pk_ledger_generation PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_ledger_generation_one CHECK (id = 1),
    CONSTRAINT fk_ledger_generation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every tenant has its row from the start, so that a recording only ever updates it.
INSERT INTO ledger_generation (tenant_id, id, generation) SELECT id, 1, 0 FROM tenant;
