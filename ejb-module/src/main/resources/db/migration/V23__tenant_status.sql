-- Issue 12 (D-045): a tenant can be suspended by the platform's operators and resumed. A suspended
-- tenant's users cannot sign in and their tokens are refused; nothing of its data is touched.
-- The reserved tenant 'platform' (the operators' accounts, no business data) is made at start-up
-- by onboarding's PlatformOperators, not here, so that a database without a server stays as it was.
ALTER TABLE tenant
    ADD COLUMN status            VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN status_changed_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_tenant_status CHECK (status IN ('ACTIVE', 'SUSPENDED'));
