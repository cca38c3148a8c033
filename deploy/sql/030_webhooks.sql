-- Webhook delivery queues (one per subscription, written only by its WebhookDispatcherGrain) and the attempt log.
-- The queue lives here rather than in grain state so it can grow without bound and be paged, listed and replayed.
CREATE TABLE IF NOT EXISTS lg_webhook_deliveries (
    subscription_id   text NOT NULL,
    event_id          text NOT NULL,
    queue_order       bigint GENERATED ALWAYS AS IDENTITY,
    event_type        text NOT NULL,
    ingest_id         bigint NOT NULL,
    sequence          bigint NOT NULL,
    event_time        timestamptz NOT NULL,
    payload           text NOT NULL,
    status            text NOT NULL,           -- pending | delivered | dead | cancelled
    attempts          integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,  -- for dead letters: when the delivery was dead-lettered
    last_status_code  integer NULL,
    last_error        text NULL,
    PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX IF NOT EXISTS ix_lg_webhook_deliveries_pending ON lg_webhook_deliveries (subscription_id, queue_order) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS ix_lg_webhook_deliveries_dead ON lg_webhook_deliveries (subscription_id, updated_at, event_id) WHERE status = 'dead';
CREATE INDEX IF NOT EXISTS ix_lg_webhook_deliveries_file ON lg_webhook_deliveries (ingest_id, sequence);

CREATE TABLE IF NOT EXISTS lg_webhook_attempts (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id   text NOT NULL,
    event_id          text NOT NULL,
    ingest_id         bigint NOT NULL,
    attempt_number    integer NOT NULL,
    attempted_at      timestamptz NOT NULL,
    status_code       integer NULL,         -- null: no answer (timeout, connection error)
    duration_ms       integer NOT NULL,
    error             text NULL,
    response_body     text NULL,            -- first 1 KB
    succeeded         boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_lg_webhook_attempts_subscription ON lg_webhook_attempts (subscription_id, id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_webhook_attempts_file ON lg_webhook_attempts (ingest_id, id);

INSERT INTO lg_schema_version (version, name) VALUES (30, 'webhooks') ON CONFLICT (version) DO NOTHING;
