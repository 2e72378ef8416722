-- D-038. Signing out or disabling a user raises the user's token version; a token that carries an
-- older version is refused on its next request, not only at its expiry.
ALTER TABLE user_account ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;

-- Failed sign-ins, per account (tenant and username, whether the user exists or not) and per
-- client address, so that the delay and the lock hold on every server. It belongs to no tenant: an
-- address tries many tenants, and an unknown tenant has no row to refer to.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(300) NOT NULL,
    window_start  DATETIME(6)  NOT NULL,
    failures      INT          NOT NULL,
    locked_until  DATETIME(6)  NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (throttle_key),
    INDEX ix_sign_in_throttle_window (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
