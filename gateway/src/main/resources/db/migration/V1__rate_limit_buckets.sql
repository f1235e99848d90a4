-- The token buckets of the rate limits, shared by every gateway instance (Bucket4j's select-for-update proxy manager
-- on PostgreSQL: one row per limit class and caller, locked for the few statements of one consumption).
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    -- Milliseconds since the epoch after which the bucket is full again and the row can go (RateLimitConfiguration).
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
