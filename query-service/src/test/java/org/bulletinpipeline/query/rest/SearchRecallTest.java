package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;

/**
 * Search quality: for 200 words of 2 to 4 characters drawn from stored article text, the search returns exactly
 * the articles a brute-force LIKE scan over kicker, title, subtitle and body finds.
 */
@QuarkusTest
class SearchRecallTest {

    private static final String LIKE_SCAN = """
            select id from article
            where coalesce(kicker, '') like ? or coalesce(title, '') like ? or coalesce(subtitle, '') like ?
               or coalesce(body, '') like ?""";

    @Inject
    DataSource dataSource;

    @Test
    void everyArticleContainingAWordIsFound() throws Exception {
        storeSampleParagraphsAsArticles();
        List<String> bodies = bodies();
        Random random = new Random(20220516);
        Set<String> words = new TreeSet<>();
        while (words.size() < 200) {
            String body = bodies.get(random.nextInt(bodies.size()));
            int length = 2 + random.nextInt(3);
            if (body.length() <= length) {
                continue;
            }
            int start = random.nextInt(body.length() - length);
            String word = body.substring(start, start + length);
            // words are what a reader types: ideographs, no punctuation or digits
            if (word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                words.add(word);
            }
        }
        int checked = 0;
        for (String word : words) {
            // the scans bracket the search: an article the pipeline replaced meanwhile is in only one of them
            Set<String> before = likeScan(word);
            Set<String> found = searchAll(word);
            Set<String> after = likeScan(word);
            Set<String> missed = diff(before, found);
            missed.retainAll(after);
            assertTrue(missed.isEmpty(), () -> "missed for " + word + ": " + missed);
            Set<String> wrong = diff(found, after);
            wrong.removeAll(before);
            assertTrue(wrong.isEmpty(), () -> "wrongly found for " + word + ": " + wrong);
            checked++;
        }
        assertEquals(200, checked);
    }

    /** Paragraphs of the real sample bulletins as articles, so the words come from real Chinese news text. */
    private void storeSampleParagraphsAsArticles() {
        String id = TestArticles.newId();
        List<String> paragraphs = new ArrayList<>();
        for (String name : Samples.NAMES) {
            Samples.text(name).lines().map(String::strip).filter(l -> l.length() > 40).forEach(paragraphs::add);
        }
        int count = Math.min(30, paragraphs.size());
        List<Map<String, Object>> articles = TestArticles.bulletin(id, count, Instant.now(), "1.0.0");
        for (int i = 0; i < count; i++) {
            String p = paragraphs.get(i * paragraphs.size() / count);
            articles.get(i).put("title", p.substring(0, Math.min(20, p.length())));
            articles.get(i).put("body", p);
        }
        TestArticles.publish(articles);
        TestArticles.awaitProcessed(id);
    }

    private Set<String> searchAll(String word) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            var spec = given().queryParam("q", word).queryParam("sort", "date").queryParam("limit", 200)
                    .queryParam("facets", "false");
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/articles").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.articleId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private List<String> bodies() throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select body from article where body is not null and length(body) > 10")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bodies.add(rs.getString(1));
                }
            }
        }
        return bodies;
    }

    private Set<String> likeScan(String word) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LIKE_SCAN)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, "%" + word + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
