-- Idempotency keys: a mutation sent again with the same key by the same caller returns the first
-- result instead of acting twice. The primary key makes concurrent replays wait for the first one.
CREATE TABLE platform_idempotency_key (
    actor        varchar(255) NOT NULL,
    key          varchar(128) NOT NULL,
    operation    varchar(100) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    result_id    varchar(255),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, key)
);
CREATE INDEX platform_idempotency_key_created_idx ON platform_idempotency_key (created_at);
