-- D-046. A user whose password was made by somebody else (an administrator creating the user or
-- resetting the password, the operator creating a tenant's first administrator) must choose their
-- own before their first token: sign-in answers 403 password-change-required until they do.
-- Existing users, demo users among them, keep signing in as before.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
