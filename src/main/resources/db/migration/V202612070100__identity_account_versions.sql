-- Sessions follow the account (issue 16, ADR 0029). Each signed-in request compares the versions
-- its session was signed in with against these: account_version moves when an administrator
-- changes roles, organisation, name or the enabled flag; password_version when the password is
-- changed or reset. Kept on the row (not in memory) so every node of a cluster sees the change.
ALTER TABLE identity.app_user
  ADD COLUMN account_version  BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN password_version BIGINT NOT NULL DEFAULT 0;
