package org.bulletinpipeline.query.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.view.Stats;
import org.bulletinpipeline.query.view.Stats.DayCount;
import org.bulletinpipeline.query.view.Stats.HourCount;
import org.bulletinpipeline.query.view.Stats.KeyCount;

/** Aggregate counts over articles (by their date, between from and to) and bulletins. */
@ApplicationScoped
public class StatsRepository {

    private static final Jdbc.RowMapper<KeyCount> KEY_COUNT = rs -> new KeyCount(rs.getString(1), rs.getLong(2));

    private final Jdbc jdbc;

    public StatsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Stats stats(LocalDate from, LocalDate to) {
        LocalDate f = from != null ? from : LocalDate.of(1, 1, 1);
        LocalDate t = to != null ? to : LocalDate.of(9999, 12, 31);
        String range = " where a.sort_date between ? and ?";
        long articles = jdbc.first("select count(*) from article a" + range, rs -> rs.getLong(1), f, t)
                .orElse(0L);
        List<KeyCount> byStatus = jdbc.list("select status, count(*) from bulletin group by status order by 1",
                rs -> new KeyCount(rs.getString(1), rs.getLong(2)));
        long bulletins = byStatus.stream().mapToLong(KeyCount::count).sum();
        List<DayCount> byDay = jdbc.list("select a.sort_date, count(*) from article a" + range
                + " group by 1 order by 1", rs -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)), f, t);
        List<KeyCount> byPublication = jdbc.list("select coalesce(a.publication, ''), count(*) from article a"
                + range + " group by 1 order by 2 desc, 1 limit 100", KEY_COUNT, f, t);
        List<KeyCount> byTopic = jdbc.list("select x, count(*) from article a, unnest(a.topics) x" + range
                + " group by 1 order by 2 desc, 1 limit 100", KEY_COUNT, f, t);
        List<KeyCount> byKind = jdbc.list("select a.kind, count(*) from article a" + range
                + " group by 1 order by 2 desc, 1", KEY_COUNT, f, t);
        List<HourCount> perHour = jdbc.list("""
                select date_trunc('hour', stored_at), count(*) from article
                where stored_at > now() - interval '48 hours' group by 1 order by 1""",
                rs -> new HourCount(rs.getTimestamp(1).toInstant(), rs.getLong(2)));
        return new Stats(articles, bulletins, byStatus, byDay, byPublication, byTopic, byKind, perHour);
    }
}
