-- Keycloak changes owed to staff accounts whose database change has committed (a disabled account, a
-- deactivated person, new realm roles after a position change). Keycloak is called outside the
-- database transaction, right after the commit and then by a retrier until it succeeds. One row per
-- staff member: the worker makes the Keycloak user match the staff record as it is then, so changes
-- made while Keycloak was down collapse into one call. generation fences a worker that read an older
-- state: it may only delete the row it claimed.
CREATE TABLE staff_account_sync (
    staff_id        bigint       PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    generation      bigint       NOT NULL DEFAULT 1,
    requested_at    timestamptz  NOT NULL DEFAULT now(),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    lease_until     timestamptz,
    last_error      varchar(500)
);
CREATE INDEX staff_account_sync_due_idx ON staff_account_sync (next_attempt_at);
