-- A hash chain over each tenant's audit trail (D-042). Every record written from now on carries
-- its place in the tenant's chain (chain_seq: 1, 2, 3 … with no gap), the hash of the record
-- before it and its own hash (SHA-256, hex), computed by the application over the record's
-- fields; the verification endpoint recomputes them. An edited, deleted or inserted record, or a
-- cut-off tail, no longer fits. Records written before this migration stay outside the chain
-- (chain columns NULL) and are counted as such; a record without a place in the chain whose id is
-- above the tenant's started_after_id was not written by the application.
ALTER TABLE audit_record
    ADD COLUMN chain_seq     BIGINT   NULL,
    ADD COLUMN previous_hash CHAR(64) NULL,
    ADD COLUMN record_hash   CHAR(64) NULL,
    ADD CONSTRAINT uq_audit_record_chain UNIQUE (tenant_id, chain_seq);

-- The head of each tenant's chain: the last place given and its hash. An append locks this row
-- (SELECT … FOR UPDATE) for the rest of its transaction, so that appends of one tenant take turns
-- and the chain has one order. tenant_id NOT NULL and first in the primary key, a foreign key to
-- tenant, as on every tenant-owned table; id is always 1.
CREATE TABLE audit_chain (
    tenant_id        VARCHAR(64) NOT NULL,
    id               TINYINT     NOT NULL DEFAULT 1,
    last_seq         BIGINT      NOT NULL,
    last_hash        CHAR(64)    NOT NULL,
    started_after_id BIGINT      NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_audit_chain_one CHECK (id = 1),
    CONSTRAINT fk_audit_chain_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every tenant's chain starts empty (the genesis hash is 64 zeros) after the records it has now.
INSERT INTO audit_chain (tenant_id, id, last_seq, last_hash, started_after_id)
SELECT t.id, 1, 0, REPEAT('0', 64), COALESCE((SELECT MAX(r.id) FROM audit_record r), 0)
FROM tenant t;
