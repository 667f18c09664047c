-- The last TOTP time step a user signed in with: a code is accepted once,
-- so one read over a shoulder or from a log cannot be replayed within its
-- 30-second window.
ALTER TABLE users ADD COLUMN totp_last_step bigint NOT NULL DEFAULT 0;
