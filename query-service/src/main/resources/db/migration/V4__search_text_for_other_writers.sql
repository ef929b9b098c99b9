-- Rows inserted without search columns (a service build from before V2 sharing this database) become searchable
-- by full text too: the same values SearchText computes, derived in SQL. The store always writes search_text
-- itself, so this only runs for such rows; their entity columns stay empty until the bulletin is reprocessed.
create function text_bigrams(t text) returns text[] language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct p), '{}')
from (select c || lead(c) over (order by i) as p
      from unnest(string_to_array(lower(t), null)) with ordinality as u(c, i)) b
where p is not null and p !~ '\s'
$$;

create function article_search_text_default() returns trigger language plpgsql as
$$
begin
    if new.search_text is null then
        new.body := coalesce(new.body, new.payload ->> 'body');
        new.search_text := lower(concat_ws(E'\n', new.kicker, new.title, new.subtitle, new.body));
        new.bigrams := text_bigrams(concat_ws(E'\n', new.kicker, new.title, new.subtitle, new.body));
    end if;
    return new;
end
$$;

create trigger article_search_text_default before insert on article
    for each row execute function article_search_text_default();
