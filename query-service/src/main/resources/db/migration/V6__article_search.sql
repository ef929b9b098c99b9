-- The search reads one narrow row per article: what it filters, sorts, ranks and counts on, and the text it rechecks
-- words against, with a single GIN index over all of it. article keeps the document (body, summary, payload) and
-- the entity arrays the profiles and stats read; see query-service/README.md "Search design".

-- equality on scalar columns (kind, publication, the day number) inside a GIN index
create extension if not exists btree_gin;

-- A date as the search index keys it. search_day: days since 2000-01-01, for the open window "on or after a day"
-- (the newest articles). search_date_keys: the day number and a month key (1000000 + year * 12 + month - 1), so a
-- closed window (a from/to range, a cursor) is looked up as the days of its partial months and its whole months.
-- DateWindow in the service computes the same numbers.
create function search_day(d date) returns integer language sql immutable strict parallel safe as
$$ select d - date '2000-01-01' $$;

create function search_date_keys(d date) returns integer[] language sql immutable strict parallel safe as
$$ select array[d - date '2000-01-01',
                1000000 + extract(year from d)::integer * 12 + extract(month from d)::integer - 1] $$;

create table article_search (
    id                 varchar(120) primary key references article (id) on delete cascade on update cascade,
    sort_date          date   not null,
    kind               text   not null,
    publication        text,
    title              text,
    person_names       text[] not null default '{}',
    organization_names text[] not null default '{}',
    place_names        text[] not null default '{}',
    place_keys         text[] not null default '{}',
    topics             text[] not null default '{}',
    fact_types         text[] not null default '{}',
    -- distinct two-character sequences of search_text (SearchText.bigrams): only the index reads them
    bigrams            text[] not null default '{}',
    -- kicker, title, subtitle and body, lower-cased: the substring recheck of words of three or more characters
    search_text        text   not null default ''
) with (toast_tuple_target = 1024);
-- Rows above 1 kB move their largest values (bigrams, then search_text) out of line, so the row the index points
-- at stays a few hundred bytes; LZ4 decompresses the text faster than the default pglz when a word is rechecked.
alter table article_search alter column bigrams set compression lz4,
                           alter column search_text set compression lz4;

-- In date order: the search reads the articles of a date window, which then share a few pages instead of lying one
-- per page across the table. Articles arriving later mostly carry recent dates and are appended in order too.
insert into article_search (id, sort_date, kind, publication, title, person_names, organization_names,
                            place_names, place_keys, topics, fact_types, bigrams, search_text)
select id, sort_date, kind, publication, title, person_names, organization_names, place_names, place_keys, topics,
       fact_types, bigrams,
       -- concatenated anew so that the copy is compressed with LZ4, not kept as article compressed it
       coalesce(search_text, lower(concat_ws(E'\n', kicker, title, subtitle, coalesce(body, payload ->> 'body'))))
           || ''
from article
order by sort_date, id;

set local maintenance_work_mem = '256MB';
-- One index for every filter: GIN intersects the entries of all conditions itself, skipping through the long
-- posting list of a common bigram, and the date keys confine it to the window of newest articles being looked at.
-- A small pending list keeps searches from scanning many not yet merged entries while articles arrive.
create index article_search_terms on article_search using gin (
    search_day(sort_date), search_date_keys(sort_date), kind, publication, bigrams, person_names,
    organization_names, place_keys, topics, fact_types) with (gin_pending_list_limit = 512);

-- the search columns now live in article_search
drop trigger article_search_text_default on article;
drop function article_search_text_default();
alter table article drop column search_text, drop column bigrams;

-- A writer that stores an article without its search row (a build from before V2 or V6 sharing this database, or a
-- manual insert) still gets one, computed in SQL when its transaction commits, with the body taken from the payload
-- when it wrote none. The store writes the row itself in the same transaction, so then this finds it and does
-- nothing.
create function article_search_default() returns trigger language plpgsql as
$$
begin
    if not exists (select 1 from article_search where id = new.id) then
        update article set body = payload ->> 'body' where id = new.id and body is null;
        insert into article_search (id, sort_date, kind, publication, title, person_names, organization_names,
                                    place_names, place_keys, topics, fact_types, bigrams, search_text)
        select a.id, a.sort_date, a.kind, a.publication, a.title, a.person_names, a.organization_names,
               a.place_names, a.place_keys, a.topics, a.fact_types,
               text_bigrams(concat_ws(E'\n', a.kicker, a.title, a.subtitle, a.body)),
               lower(concat_ws(E'\n', a.kicker, a.title, a.subtitle, a.body))
        from article a
        where a.id = new.id;
    end if;
    return null;
end
$$;

create constraint trigger article_search_default after insert on article deferrable initially deferred
    for each row execute function article_search_default();

analyze article_search;
