package org.bulletinpipeline.query.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.search.ArticleDays;

/** Articles per sort date, read at most once a minute: what the search sizes its date windows with. */
@ApplicationScoped
public class ArticleCalendar {

    private final DataSource dataSource;
    private final Snapshot<ArticleDays> days;

    public ArticleCalendar(DataSource dataSource) {
        this.dataSource = dataSource;
        this.days = new Snapshot<>("article-calendar", Duration.ofMinutes(1), this::load);
    }

    public ArticleDays days() {
        return days.get();
    }

    private ArticleDays load() {
        Map<LocalDate, Long> perDay = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select sort_date, count(*) from article_search group by sort_date")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perDay.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading articles per day failed", e);
        }
        return new ArticleDays(perDay);
    }
}
