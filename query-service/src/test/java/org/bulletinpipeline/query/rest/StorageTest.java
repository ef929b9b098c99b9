package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.bulletinpipeline.query.rest.TestArticles.fact;
import static org.bulletinpipeline.query.rest.TestArticles.organization;
import static org.bulletinpipeline.query.rest.TestArticles.person;
import static org.bulletinpipeline.query.rest.TestArticles.place;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** What the consumer leaves in the normalized tables: the same rows for a replay, no leftovers after a rerun. */
@QuarkusTest
class StorageTest {

    private static final List<String> TABLES = List.of("article", "article_person", "article_place",
            "article_organization", "fact", "quote", "article_keyword", "article_topic");

    @Inject
    DataSource dataSource;

    private List<Map<String, Object>> richBulletin(String id, int count, Instant run, String version, String tag) {
        List<Map<String, Object>> articles = TestArticles.bulletin(id, count, run, version);
        for (Map<String, Object> a : articles) {
            a.putAll(Map.of("persons", List.of(person("史根治", "市委书记"), person("刘涛" + tag, "市长")),
                    "places", List.of(place("禹州市", "county", "411081"), place("许昌市", "city", "411000")),
                    "organizations", List.of(organization("市疫情防控指挥部"), organization("市委" + tag)),
                    "facts", List.of(fact("confirmed_cases", "禹州市", "2022-05-16", 2, "新增确诊病例2例"),
                            fact("zero_new_streak", "许昌", "2022-05-16", 3, "已实现连续三天社会面零新增")),
                    "quotes", List.of(Map.of("speaker", "史根治", "text", "行百里者半九十")),
                    "keywords", List.of("疫情防控", "核酸检测" + tag), "topics", List.of("疫情防控", "复工复产" + tag)));
        }
        return articles;
    }

    @Test
    void theSameEventsTwiceLeaveTheSameRows() throws Exception {
        String id = TestArticles.newId();
        List<Map<String, Object>> events = richBulletin(id, 2, Instant.now(), "1.0.0", "");
        TestArticles.publish(events);
        TestArticles.awaitProcessed(id);
        Map<String, Long> first = counts(id);
        assertEquals(Map.of("article", 2L, "article_person", 4L, "article_place", 4L, "article_organization", 4L,
                "fact", 4L, "quote", 2L, "article_keyword", 4L, "article_topic", 4L), first);
        String firstFacts = facts(id);

        // a marker bulletin on the same partition, published after the replay: once it is stored, so is the replay
        TestArticles.publish(events);
        String marker = TestArticles.idOnSamePartitionAs(id);
        TestArticles.publish(TestArticles.bulletin(marker, 1, Instant.now(), "1.0.0"));
        TestArticles.awaitProcessed(marker);
        assertEquals(first, counts(id));
        assertEquals(firstFacts, facts(id));
        // the fact on 许昌 took its code from a place named 许昌市 in the same article
        assertEquals("zero_new_streak:411000:3.0|confirmed_cases:411081:2.0", firstFacts.split("\\|", 3)[0] + "|"
                + firstFacts.split("\\|", 3)[1]);
    }

    @Test
    void aBulletinWhoseReceiptIsNotStoredYetShowsTheSourceItsArticlesCarry() {
        // the receipt and the articles are read from different topics: here only the articles have come
        String id = TestArticles.newId();
        TestArticles.publish(TestArticles.bulletin(id, 1, Instant.now(), "1.0.0"));
        TestArticles.awaitProcessed(id);
        given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("receivedAt", nullValue())
                .body("source.feed", equalTo("test"));
    }

    @Test
    void aNewerRunWithFewerArticlesAndOtherEntitiesLeavesNothingOfTheOlder() throws Exception {
        String id = TestArticles.newId();
        TestArticles.publish(richBulletin(id, 3, Instant.now().minusSeconds(60), "1.0.0", "甲"));
        TestArticles.awaitProcessed(id);
        assertEquals(3L, counts(id).get("article"));

        List<Map<String, Object>> rerun = richBulletin(id, 2, Instant.now(), "1.1.0", "乙");
        rerun.forEach(a -> a.put("facts", List.of()));
        TestArticles.publish(rerun);
        await().atMost(TestArticles.WAIT).untilAsserted(() -> given().get("/api/bulletins/" + id).then()
                .body("pipelineVersion", equalTo("1.1.0")).body("articles.size()", equalTo(2)));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("article", 2L);
        expected.put("article_person", 4L);
        expected.put("article_place", 4L);
        expected.put("article_organization", 4L);
        expected.put("fact", 0L);
        expected.put("quote", 2L);
        expected.put("article_keyword", 4L);
        expected.put("article_topic", 4L);
        assertEquals(expected, counts(id));
        assertEquals(0L, scalar("select count(*) from article_person where name = ? and article_id like ?",
                "刘涛甲", id + "-%"));
        assertEquals(0L, scalar("select count(*) from article where bulletin_id = ? and person_names @> ?::text[]",
                id, "{刘涛甲}"));
        assertEquals(2L, scalar("select count(*) from article where bulletin_id = ? and topics @> ?::text[]",
                id, "{复工复产乙}"));
        // the search no longer finds the older run's words
        given().queryParam("person", "刘涛甲").queryParam("q", "核酸检测甲").get("/api/articles").then()
                .body("items.size()", equalTo(0));
        given().queryParam("q", "核酸检测乙").queryParam("topic", "复工复产乙").get("/api/articles").then()
                .statusCode(200);
    }

    private Map<String, Long> counts(String bulletinId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            String column = table.equals("article") ? "id" : "article_id";
            counts.put(table, scalar("select count(*) from " + table + " where " + column + " like ?",
                    bulletinId + "-%"));
        }
        return counts;
    }

    private String facts(String bulletinId) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select type, place_code, value from fact where article_id like ? order by article_id, type desc")) {
            ps.setString(1, bulletinId + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(':').append(rs.getString(2)).append(':')
                            .append(rs.getDouble(3)).append('|');
                }
            }
        }
        return out.toString();
    }

    private long scalar(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
