package org.bulletinpipeline.query.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V7 on rows an older build stored: a schema of its own in {@code bulletins_test} is migrated to V6, given the rows
 * a v1 event wrote (许昌市 printed without a code, 许昌 with 411000, 朝阳区 of two provinces), then migrated on.
 */
class CanonicalPlacesMigrationTest {

    private static final String URL = "jdbc:postgresql://localhost:5432/bulletins_test";
    private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL + "?currentSchema=" + schema + ",public", "bulletin", "bulletin")
                .schemas(schema).locations("classpath:db/migration").target(target).load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + "?currentSchema=" + schema + ",public", "bulletin", "bulletin");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "bulletin", "bulletin");
             Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void placesStoredWithoutACodeGetTheirDivisionAndSearchKeys() throws SQLException {
        flyway("6").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("insert into bulletin (id, status) values ('b1', 'processed')");
            for (String[] a : List.of(new String[] {"b1-0", "0", "许昌市", "n:许昌市"},
                    new String[] {"b1-1", "1", "朝阳区", "n:朝阳区"})) {
                s.execute("""
                        insert into article (id, bulletin_id, ordinal, kind, pipeline_version, processed_at, payload,
                                             place_names, place_keys)
                        values ('%s', 'b1', %s, 'news', '1.0.0', now(), '{}', array['%s'], array['%s'])"""
                        .formatted(a[0], a[1], a[2], a[3]));
                s.execute("insert into article_place (article_id, name, level) values ('%s', '%s', null)"
                        .formatted(a[0], a[2]));
            }
            s.execute("""
                    insert into article_place (article_id, name, level, code, province_code, city_code)
                    values ('b1-1', '许昌', 'city', '411000', '410000', '411000')""");
        }
        flyway("latest").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select code, province_code, city_code, county_code, canonical_name from article_place
                    where article_id = 'b1-0'""")) {
                assertTrue(rs.next());
                assertEquals("411000", rs.getString(1));
                assertEquals("410000", rs.getString(2));
                assertEquals("411000", rs.getString(3));
                assertNull(rs.getString(4));
                assertEquals("许昌市", rs.getString(5));
            }
            for (String table : List.of("article", "article_search")) {
                try (ResultSet rs = s.executeQuery("select place_keys from " + table + " where id = 'b1-0'")) {
                    assertTrue(rs.next());
                    List<Object> keys = List.of((Object[]) rs.getArray(1).getArray());
                    assertTrue(keys.containsAll(List.of("n:许昌市", "c:411000", "c:410000")), table + " " + keys);
                }
            }
            try (ResultSet rs = s.executeQuery("select code from article_place where name = '朝阳区'")) {
                assertTrue(rs.next());
                assertNull(rs.getString(1), "a name of two provinces' districts is not guessed");
            }
            try (ResultSet rs = s.executeQuery("""
                    select (select name from place where code = '411000'),
                           (select count(*) from place_alias where alias = '许昌' and code = '411000')""")) {
                assertTrue(rs.next());
                assertEquals("许昌市", rs.getString(1));
                assertEquals(1, rs.getInt(2));
            }
        }
    }
}
