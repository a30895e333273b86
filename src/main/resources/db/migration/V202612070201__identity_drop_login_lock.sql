-- login (issue 16, ADR 0030): five failures no longer lock an account, so anyone could no longer
-- lock anyone out. Sign-ins are throttled per client address and per account name instead,
-- outside this table. An administrator still disables an account with app_user.enabled.
ALTER TABLE identity.app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
