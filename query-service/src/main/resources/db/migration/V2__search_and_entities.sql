-- Search and entity storage. The article row keeps what the search filters on in one place (denormalized arrays
-- with GIN indexes, so a filtered search is a single-table query); the normalized tables below hold each entity
-- mention per article for the entity profiles, the facts time series and exact counts.

create extension if not exists pg_trgm;

-- how often needle occurs in haystack: the relevance score counts occurrences of each query word
create function occurrences(haystack text, needle text) returns integer
    language sql immutable strict parallel safe as
$$ select (length(haystack) - length(replace(haystack, needle, ''))) / greatest(length(needle), 1) $$;

alter table article
    add column body             text,
    add column summary          text,
    -- what "from"/"to" and sort=date use: the dateline, else the publication date, else the processing day
    add column sort_date        date,
    -- kicker, title, subtitle and body lower-cased, and their distinct two-character sequences: written by the
    -- store (SearchText), see query-service/README.md "Chinese full-text search"
    add column search_text      text,
    add column bigrams          text[] not null default '{}',
    add column person_names     text[] not null default '{}',
    add column organization_names text[] not null default '{}',
    add column place_names      text[] not null default '{}',
    -- 'c:<code>' for every place's code and each of its parents' codes, 'n:<name>' for every place name
    add column place_keys       text[] not null default '{}',
    add column topics           text[] not null default '{}',
    add column keywords         text[] not null default '{}',
    add column fact_types       text[] not null default '{}';

-- rows stored before this migration: the same values SearchText computes, derived once in SQL
create function pg_temp.bigrams(t text) returns text[] language sql immutable as
$$
select coalesce(array_agg(distinct p), '{}')
from (select c || lead(c) over (order by i) as p
      from unnest(string_to_array(lower(t), null)) with ordinality as u(c, i)) b
where p is not null and p !~ '\s'
$$;
update article set body = payload ->> 'body', summary = payload ->> 'summary',
                   sort_date = coalesce(dateline, published_on, (processed_at at time zone 'UTC')::date),
                   search_text = lower(concat_ws(E'\n', kicker, title, subtitle, payload ->> 'body')),
                   bigrams = pg_temp.bigrams(concat_ws(E'\n', kicker, title, subtitle, payload ->> 'body'));
alter table article alter column sort_date set not null;

create index article_bigrams on article using gin (bigrams);
create index article_sort on article (sort_date desc, id desc);
create index article_persons on article using gin (person_names);
create index article_organizations on article using gin (organization_names);
create index article_place_keys on article using gin (place_keys);
create index article_topics on article using gin (topics);
create index article_fact_types on article using gin (fact_types);
create index article_kind on article (kind, sort_date desc);
create index article_publication on article (publication, sort_date desc);

-- Administrative divisions seen in events (GB/T 2260 codes), so a parent found only through a child's code can be
-- named once any event named it. Provinces are seeded: their codes are fixed and every rollup ends at one.
create table place (
    code        varchar(12) primary key check (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    name        text not null,
    level       varchar(16),
    parent_code varchar(12),
    updated_at  timestamptz not null default now()
);
create index place_name on place (name);
create index place_parent on place (parent_code);

insert into place (code, name, level) values
    ('110000', '北京市', 'province'), ('120000', '天津市', 'province'), ('130000', '河北省', 'province'),
    ('140000', '山西省', 'province'), ('150000', '内蒙古自治区', 'province'), ('210000', '辽宁省', 'province'),
    ('220000', '吉林省', 'province'), ('230000', '黑龙江省', 'province'), ('310000', '上海市', 'province'),
    ('320000', '江苏省', 'province'), ('330000', '浙江省', 'province'), ('340000', '安徽省', 'province'),
    ('350000', '福建省', 'province'), ('360000', '江西省', 'province'), ('370000', '山东省', 'province'),
    ('410000', '河南省', 'province'), ('420000', '湖北省', 'province'), ('430000', '湖南省', 'province'),
    ('440000', '广东省', 'province'), ('450000', '广西壮族自治区', 'province'), ('460000', '海南省', 'province'),
    ('500000', '重庆市', 'province'), ('510000', '四川省', 'province'), ('520000', '贵州省', 'province'),
    ('530000', '云南省', 'province'), ('540000', '西藏自治区', 'province'), ('610000', '陕西省', 'province'),
    ('620000', '甘肃省', 'province'), ('630000', '青海省', 'province'), ('640000', '宁夏回族自治区', 'province'),
    ('650000', '新疆维吾尔自治区', 'province'), ('710000', '台湾省', 'province'),
    ('810000', '香港特别行政区', 'province'), ('820000', '澳门特别行政区', 'province');

create table article_person (
    article_id varchar(120) not null references article (id) on delete cascade on update cascade,
    name       text    not null,
    titles     text[]  not null default '{}',
    mentions   integer not null default 1,
    spans      jsonb,
    primary key (article_id, name)
);
create index article_person_name on article_person (name);
create index article_person_name_trgm on article_person using gin (name gin_trgm_ops);

-- province/city/county codes are derived from the code's structure: 411081 (禹州市) lies in 411000 (许昌市),
-- which lies in 410000 (河南省); town codes (9 digits) lie in their first six.
create table article_place (
    article_id    varchar(120) not null references article (id) on delete cascade on update cascade,
    name          text    not null,
    level         varchar(16),
    code          varchar(12),
    province_code varchar(12),
    city_code     varchar(12),
    county_code   varchar(12),
    mentions      integer not null default 1,
    spans         jsonb,
    primary key (article_id, name)
);
create index article_place_name on article_place (name);
create index article_place_code on article_place (code);
create index article_place_province on article_place (province_code);
create index article_place_city on article_place (city_code);
create index article_place_county on article_place (county_code);
create index article_place_name_trgm on article_place using gin (name gin_trgm_ops);

create table article_organization (
    article_id varchar(120) not null references article (id) on delete cascade on update cascade,
    name       text    not null,
    mentions   integer not null default 1,
    spans      jsonb,
    primary key (article_id, name)
);
create index article_organization_name on article_organization (name);
create index article_organization_name_trgm on article_organization using gin (name gin_trgm_ops);

create table fact (
    article_id    varchar(120) not null references article (id) on delete cascade on update cascade,
    ordinal       integer not null,
    type          varchar(40) not null,
    place_name    text,
    place_code    varchar(12),
    province_code varchar(12),
    city_code     varchar(12),
    county_code   varchar(12),
    fact_date     date,
    value         double precision not null,
    evidence      text,
    span          jsonb,
    primary key (article_id, ordinal)
);
create index fact_type_date on fact (type, fact_date);
create index fact_place_code on fact (place_code);
create index fact_city on fact (city_code);
create index fact_province on fact (province_code);

create table quote (
    article_id varchar(120) not null references article (id) on delete cascade on update cascade,
    ordinal    integer not null,
    speaker    text,
    text       text not null,
    span       jsonb,
    primary key (article_id, ordinal)
);
create index quote_speaker on quote (speaker);

create table article_keyword (
    article_id varchar(120) not null references article (id) on delete cascade on update cascade,
    keyword    text not null,
    primary key (article_id, keyword)
);
create index article_keyword_keyword on article_keyword (keyword);

create table article_topic (
    article_id varchar(120) not null references article (id) on delete cascade on update cascade,
    topic      text not null,
    primary key (article_id, topic)
);
create index article_topic_topic on article_topic (topic);
