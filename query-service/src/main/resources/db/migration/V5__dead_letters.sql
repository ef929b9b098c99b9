-- Every letter read from bulletins.dlq, readable or not, so an operator can see what failed and send it back
-- (GET /api/admin/dead-letters, POST …/{id}/retry). Nothing here may make an insert fail: a letter the consumer
-- cannot store would stop the dead-letter stream, so every column a letter fills is nullable text or a number.
create table dead_letter (
    id               bigint generated always as identity primary key,
    -- where the letter itself was read: a replay of the topic finds the same address and stores nothing twice.
    -- The record's timestamp is part of it because offsets start at 0 again when the topic is recreated
    -- (./run.sh stop --clean removes Kafka's data, not the database), and a new letter must not be taken for an old one.
    dlq_topic        text        not null,
    dlq_partition    integer     not null,
    dlq_offset       bigint      not null,
    dlq_timestamp    timestamptz not null,
    record_key       text,
    bulletin_id      text,
    service          text,
    source_topic     text,
    source_partition integer,
    source_offset    bigint,
    reason           text,
    failed_at        timestamptz,
    -- the original record value as the letter carried it (for an unreadable letter: the letter's raw value)
    payload          text,
    received_at      timestamptz not null default now(),
    retry_count      integer     not null default 0,
    last_retried_at  timestamptz,
    constraint dead_letter_address unique (dlq_topic, dlq_partition, dlq_offset, dlq_timestamp)
);

-- the list is newest first (id desc, the primary key); one bulletin's letters are looked up by its id
create index dead_letter_bulletin on dead_letter (bulletin_id, id desc);
