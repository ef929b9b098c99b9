-- A writer that does not know sort_date (a service build from before V2 sharing this database, or a manual insert)
-- still gets the same value the store computes: the dateline, else the publication date, else the processing day.
create function article_sort_date_default() returns trigger language plpgsql as
$$
begin
    if new.sort_date is null then
        new.sort_date := coalesce(new.dateline, new.published_on, (new.processed_at at time zone 'UTC')::date);
    end if;
    return new;
end
$$;

create trigger article_sort_date_default before insert or update on article
    for each row execute function article_sort_date_default();
