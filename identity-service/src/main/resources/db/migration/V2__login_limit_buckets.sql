-- The per-address buckets of sign-in attempts, shared by every identity-service instance (Bucket4j's select-for-update
-- proxy manager on PostgreSQL: one row per client address, locked for the few statements of one attempt). The same
-- shape as the gateway's rate_limit_bucket.
create table login_limit_bucket (
    id         text primary key,
    state      bytea,
    -- Milliseconds since the epoch after which the bucket is full again and the row can go (LoginLimitConfiguration).
    expires_at bigint
);

create index login_limit_bucket_expires_at on login_limit_bucket (expires_at);
