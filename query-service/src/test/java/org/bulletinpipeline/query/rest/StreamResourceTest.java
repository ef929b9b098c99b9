package org.bulletinpipeline.query.rest;

import static org.awaitility.Awaitility.await;
import static org.bulletinpipeline.query.rest.TestArticles.person;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** The live stream over a real HTTP connection: filtered articles arrive after they are stored. */
@QuarkusTest
class StreamResourceTest {

    @TestHTTPResource("/api/stream/articles")
    URL stream;

    @Test
    void aNewArticlePassingTheFiltersArrivesAndOthersDoNot() throws Exception {
        String official = TestArticles.uniqueWord(3);
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?person="
                + URLEncoder.encode(official, StandardCharsets.UTF_8))).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reader = response.thenAcceptAsync(r -> r.body().forEach(lines::add));
        try {
            await().atMost(TestArticles.WAIT).until(() -> lines.stream().anyMatch(l -> l.equals("event:ready")
                    || l.equals("event: ready")));

            // one bulletin, so one partition: the non-matching article is stored before the matching one
            String id = TestArticles.newId();
            List<Map<String, Object>> articles = TestArticles.bulletin(id, 2, Instant.now(), "1.0.0");
            articles.get(0).put("persons", List.of(person("刘涛", "市长")));
            articles.get(1).put("persons", List.of(person(official, "市委书记")));
            articles.get(1).put("title", official + "调研疫情防控工作");
            TestArticles.publish(articles);

            await().atMost(TestArticles.WAIT).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains("\"articleId\":\"" + id + "-1\"")));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(official + "调研疫情防控工作")));
            assertFalse(lines.stream().anyMatch(l -> l.contains("\"articleId\":\"" + id + "-0\"")));
        } finally {
            reader.cancel(true);
            response.thenAccept(r -> r.body().close());
            client.shutdownNow();
        }
    }
}
