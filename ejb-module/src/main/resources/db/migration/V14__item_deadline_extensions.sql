-- Extensions (gia hạn) of a dated item's deadline for one agency, decisions.md D-031. The request
-- and its decision are rows of V10's extension table, whose subject is now an obligation or an
-- (item, agency). Same rules as V1: utf8mb4 / uca1400 Vietnamese; tenant_id NOT NULL, first in an
-- index, with a foreign key to tenant, on every table.

-- The date the last approved extension granted one agency on one item: that agency's deadline is
-- the later of this and the item's own (item.deadline), so an edit that moves the item later wins
-- over an earlier grant (as D-027 for obligations). Keyed by (item, agency), not by assignment:
-- a re-import deletes and remakes the assignments of every item the secretariat did not edit,
-- and the grant must outlive that. Owned by the items component; written only by an approval.
CREATE TABLE agency_deadline (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64) NOT NULL,
    item_id         BIGINT      NOT NULL,
    agency_id       BIGINT      NOT NULL,
    extended_due_on DATE        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_agency_deadline PRIMARY KEY (id),
    CONSTRAINT uk_agency_deadline UNIQUE (tenant_id, item_id, agency_id),
    CONSTRAINT fk_agency_deadline_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_agency_deadline_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_agency_deadline_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every request names the agency that asked, whatever its subject, so that listing by agency is one
-- path: an obligation's is its obligation's agency.
ALTER TABLE extension
    ADD COLUMN agency_id BIGINT NULL AFTER tenant_id,
    ADD COLUMN item_id   BIGINT NULL AFTER obligation_id;

UPDATE extension e JOIN obligation o ON o.id = e.obligation_id SET e.agency_id = o.agency_id;

-- pending_item_id, as V10's pending_obligation_id: the item's id while the request waits, NULL once
-- decided; with the agency, one pending request per item and agency, whatever the code does.
ALTER TABLE extension
    MODIFY COLUMN agency_id BIGINT NOT NULL,
    MODIFY COLUMN obligation_id BIGINT NULL,
    ADD COLUMN pending_item_id BIGINT AS (IF(status = 'PENDING', item_id, NULL)) PERSISTENT AFTER pending_obligation_id,
    ADD CONSTRAINT fk_extension_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    ADD CONSTRAINT fk_extension_item FOREIGN KEY (item_id) REFERENCES item (id),
    ADD CONSTRAINT ck_extension_subject CHECK ((obligation_id IS NULL) <> (item_id IS NULL)),
    ADD CONSTRAINT uk_extension_pending_item UNIQUE (tenant_id, pending_item_id, agency_id),
    ADD INDEX ix_extension_item (tenant_id, item_id, agency_id, requested_at),
    ADD INDEX ix_extension_agency (tenant_id, agency_id, requested_at);
