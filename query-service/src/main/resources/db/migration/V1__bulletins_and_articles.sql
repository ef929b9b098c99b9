-- One row per bulletin, whatever became of it: received (on bulletins.raw), processed (all its articles stored),
-- failed (on bulletins.dlq).
create table bulletin (
    id               varchar(80) primary key,
    status           varchar(16) not null check (status in ('received', 'processed', 'failed')),
    received_at      timestamptz,
    source           jsonb,
    text             text,
    masthead         jsonb,
    article_count    integer,
    pipeline_version varchar(64),
    processed_at     timestamptz,
    failure_reason   text,
    updated_at       timestamptz not null default now()
);

-- One row per article of the bulletin's latest pipeline run; payload is the ArticleExtracted event as received.
create table article (
    id               varchar(120) primary key,
    bulletin_id      varchar(80) not null references bulletin (id) on delete cascade,
    ordinal          integer     not null,
    kind             varchar(16) not null,
    kicker           text,
    title            text,
    subtitle         text,
    dateline         date,
    publication      text,
    published_on     date,
    pipeline_version varchar(64) not null,
    processed_at     timestamptz not null,
    stored_at        timestamptz not null default now(),
    payload          jsonb       not null,
    unique (bulletin_id, ordinal)
);

create index article_newest on article (stored_at desc, id desc);
create index bulletin_updated on bulletin (updated_at desc);
