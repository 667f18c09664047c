-- A second factor is enrolled with a secret the server made: it waits
-- here, shown to the account's owner, until they prove their app produces
-- its codes (and re-enter their password). A client never chooses it.
ALTER TABLE users ADD COLUMN totp_pending text NOT NULL DEFAULT '';
