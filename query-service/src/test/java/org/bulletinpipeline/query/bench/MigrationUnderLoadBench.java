package org.bulletinpipeline.query.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bulletinpipeline.query.search.SearchText;
import org.bulletinpipeline.testsupport.Samples;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Applies the migrations after V5 to a database of 100,000 articles written as the release before V6 writes them,
 * while readers run that release's queries (its search on article.bigrams and search_text, its newest-first page,
 * an article by id), and measures how long the migration takes and what the readers saw: how many reads answered,
 * the slowest, and the errors once the schema no longer has what they read. The same Flyway settings as the
 * migration Job (quarkus.flyway.init-sql of application.properties). Its own database, emptied first:
 *   ./mvnw -pl query-service test -Dtest=MigrationUnderLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.migration.jdbc-url=jdbc:postgresql://localhost:5432/bulletins_migration
 * Figures go to target/migration-under-load.txt and docs/operations.md.
 */
class MigrationUnderLoadBench {

    private static final Logger LOG = Logger.getLogger(MigrationUnderLoadBench.class);
    private static final String URL = System.getProperty("bench.migration.jdbc-url",
            "jdbc:postgresql://localhost:5432/bulletins_migration");
    private static final String USER = System.getProperty("bench.migration.user", "bulletin");
    private static final String PASSWORD = System.getProperty("bench.migration.password", "bulletin");
    private static final int SEED_BULLETINS = 100;
    private static final int ARTICLES_PER_BULLETIN = 10;
    private static final int COPIES = 100;
    private static final String PREVIOUS_RELEASE = "5";

    @Test
    void theMigrationsRunWhileThePreviousReleaseReads() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
        String initSql = applicationProperties().getProperty("quarkus.flyway.init-sql");
        Flyway.configure().dataSource(URL, USER, PASSWORD).initSql(initSql).target(PREVIOUS_RELEASE).load().migrate();
        long articles = fill();
        assertEquals(SEED_BULLETINS * ARTICLES_PER_BULLETIN * COPIES, articles);

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (String query : List.of(
                "select id, title from article where bigrams @> array['疫情', '防控'] and search_text like '%疫情防控%'"
                        + " order by sort_date desc, id desc limit 20",
                "select id, title from article order by sort_date desc, id desc limit 20",
                "select id, title, body, search_text from article where id = 'seed7-42-3'")) {
            readers.add(Thread.ofPlatform().name("previous-release-reader").start(() -> read(query, running, reads)));
        }
        awaitReads(reads);

        long started = System.nanoTime();
        Flyway flyway = Flyway.configure().dataSource(URL, USER, PASSWORD).initSql(initSql).load();
        flyway.migrate();
        long migrated = System.nanoTime();
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }

        List<Read> during = reads.stream().filter(r -> r.at >= started && r.at <= migrated).toList();
        List<Read> failed = reads.stream().filter(r -> r.error != null).toList();
        long slowest = during.stream().mapToLong(r -> r.nanos).max().orElse(0);
        String result = String.format("""
                articles: %,d (written as release V%s writes them)
                migrations applied: V%s -> V%s in %.1f s (init-sql: %s)
                previous release's reads during the migration: %d answered, %d failed, slowest %.0f ms
                first failed read: %s
                """, articles, PREVIOUS_RELEASE, PREVIOUS_RELEASE, flyway.info().current().getVersion(),
                (migrated - started) / 1e9, initSql, during.stream().filter(r -> r.error == null).count(),
                during.stream().filter(r -> r.error != null).count(), slowest / 1e6,
                failed.isEmpty() ? "none" : failed.get(0).error);
        LOG.info("\n" + result);
        Files.writeString(Path.of("target", "migration-under-load.txt"), result);

        assertEquals(flyway.info().all()[flyway.info().all().length - 1].getVersion(),
                flyway.info().current().getVersion(), "every migration applied");
        assertTrue(during.stream().anyMatch(r -> r.error == null), "the readers were served during the migration");
    }

    /**
     * 1,000 seed articles of the sample bulletins' headlines and paragraphs with the search columns the previous
     * release's store writes (SearchText), copied 100 times with new ids and dates a week apart.
     */
    private long fill() throws SQLException {
        Random random = new Random(21);
        List<String> lines = new ArrayList<>();
        Samples.NAMES.forEach(name -> Samples.text(name).lines().map(String::strip).filter(l -> l.length() >= 8)
                .forEach(lines::add));
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement bulletin = c.prepareStatement("""
                    insert into bulletin (id, status, article_count, pipeline_version, processed_at, text)
                    values (?, 'processed', ?, 'bench', now(), '')""");
                 PreparedStatement article = c.prepareStatement("""
                    insert into article (id, bulletin_id, ordinal, kind, title, dateline, publication, published_on,
                        pipeline_version, processed_at, payload, body, sort_date, search_text, bigrams, topics)
                    values (?, ?, ?, 'news', ?, ?, '许昌日报', ?, 'bench', now(), '{}'::jsonb, ?, ?, ?, ?,
                        array['疫情防控'])""")) {
                for (int b = 0; b < SEED_BULLETINS; b++) {
                    String bulletinId = "seed" + b;
                    bulletin.setString(1, bulletinId);
                    bulletin.setInt(2, ARTICLES_PER_BULLETIN);
                    bulletin.executeUpdate();
                    for (int a = 0; a < ARTICLES_PER_BULLETIN; a++) {
                        String title = lines.get(random.nextInt(lines.size()));
                        StringBuilder body = new StringBuilder();
                        for (int p = 0; p < 3 + random.nextInt(6); p++) {
                            body.append(lines.get(random.nextInt(lines.size()))).append('\n');
                        }
                        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(7));
                        String searchText = SearchText.normalize(null, title, null, body.toString());
                        article.setString(1, bulletinId + "-" + a);
                        article.setString(2, bulletinId);
                        article.setInt(3, a);
                        article.setString(4, title);
                        article.setObject(5, date);
                        article.setObject(6, date);
                        article.setString(7, body.toString());
                        article.setObject(8, date);
                        article.setString(9, searchText);
                        article.setArray(10, c.createArrayOf("text", SearchText.bigrams(searchText).toArray()));
                        article.addBatch();
                    }
                    article.executeBatch();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("""
                        insert into bulletin (id, status, article_count, pipeline_version, processed_at, text)
                        select b.id || '-' || g, b.status, b.article_count, b.pipeline_version, b.processed_at, b.text
                        from bulletin b, generate_series(1, %d) g""".formatted(COPIES - 1));
                s.execute("""
                        insert into article (id, bulletin_id, ordinal, kind, title, dateline, publication,
                            published_on, pipeline_version, processed_at, payload, body, sort_date, search_text,
                            bigrams, topics)
                        select a.bulletin_id || '-' || g || '-' || a.ordinal, a.bulletin_id || '-' || g, a.ordinal,
                            a.kind, a.title, a.dateline + g * 7, a.publication, a.published_on + g * 7,
                            a.pipeline_version, a.processed_at, a.payload, a.body, a.sort_date + g * 7,
                            a.search_text, a.bigrams, a.topics
                        from article a, generate_series(1, %d) g""".formatted(COPIES - 1));
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze article, bulletin");
                try (ResultSet count = s.executeQuery("select count(*) from article")) {
                    count.next();
                    return count.getLong(1);
                }
            }
        }
    }

    private static void read(String query, AtomicBoolean running, ConcurrentLinkedQueue<Read> reads) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            while (running.get()) {
                long start = System.nanoTime();
                String error = null;
                try (ResultSet rows = s.executeQuery(query)) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                } catch (SQLException e) {
                    error = e.getMessage();
                }
                reads.add(new Read(start, System.nanoTime() - start, error));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The readers are connected and answering before the migration starts. */
    private static void awaitReads(ConcurrentLinkedQueue<Read> reads) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reads.stream().filter(r -> r.error == null).count() >= 3);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private record Read(long at, long nanos, String error) {
    }
}
