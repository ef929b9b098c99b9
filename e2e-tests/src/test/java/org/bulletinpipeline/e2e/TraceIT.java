package org.bulletinpipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bulletinpipeline.e2e.OtlpTraceReceiver.ReceivedSpan;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a bulletin through the three packaged services, as an operator sees it in the collector of the
 * prod overlay: the services run with tracing on and export over OTLP to a receiver in this JVM. Every span of the
 * trace must chain up, parent by parent, to ingest-service's span of the POST, across both Kafka hops.
 */
class TraceIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static OtlpTraceReceiver receiver;
    private static Pipeline pipeline;

    @BeforeAll
    static void startTracedServices() throws Exception {
        receiver = OtlpTraceReceiver.start();
        pipeline = new Pipeline().database("bulletins_test_trace").tracedTo(receiver.endpoint()).start();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneTraceFollowsABulletinFromThePostToTheStoredArticles() {
        String text = Samples.text(Samples.NAMES.get(1)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";
        String id = given().contentType("text/plain; charset=utf-8").body(text)
                .header("Authorization", "Bearer " + Pipeline.FEED_KEY)
                .when().post(pipeline.url("ingest-service", "/api/bulletins"))
                .then().statusCode(202).extract().path("bulletinId");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get(pipeline.url("query-service", "/api/bulletins/" + id)).then().statusCode(200)
                        .body("status", equalTo("processed")));
        int articles = given().get(pipeline.url("query-service", "/api/bulletins/" + id)).then()
                .extract().path("articleCount");

        // the batch span processors export a moment after the spans end
        AtomicReference<List<ReceivedSpan>> traced = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<ReceivedSpan> posts = receiver.spans().stream().filter(s -> s.service().equals("ingest-service")
                    && s.kind().equals("SERVER") && s.name().equals("POST /api/bulletins")).toList();
            assertEquals(1, posts.size(), () -> "spans of the POST: " + receiver.spans());
            List<ReceivedSpan> trace = receiver.trace(posts.get(0).traceId());
            traced.set(trace);
            assertTrace(trace, posts.get(0), articles);
        });
        // the test's output, to be read beside the collector's view: nothing configures a logger in this JVM
        System.out.printf("trace %s of bulletin %s (%d articles), %d spans:%n%s", traced.get().get(0).traceId(), id,
                articles, traced.get().size(), tree(traced.get()));
    }

    private static void assertTrace(List<ReceivedSpan> trace, ReceivedSpan post, int articles) {
        Map<String, ReceivedSpan> byId = trace.stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
        String dump = tree(trace);

        ReceivedSpan published = single(trace, "ingest-service", "PRODUCER", "bulletins.raw", dump);
        ReceivedSpan extracting = single(trace, "nlp-service", "CONSUMER", "bulletins.raw", dump);
        ReceivedSpan received = single(trace, "query-service", "CONSUMER", "bulletins.raw", dump);
        List<ReceivedSpan> articlesPublished = all(trace, "nlp-service", "PRODUCER", "articles.extracted");
        List<ReceivedSpan> articlesStored = all(trace, "query-service", "CONSUMER", "articles.extracted");
        assertEquals(articles, articlesPublished.size(), "nlp-service's spans publishing the articles\n" + dump);
        assertEquals(articles, articlesStored.size(), "query-service's spans storing the articles\n" + dump);

        // each Kafka hop: the consumer's span is a child of the producer's span whose context the record carries
        assertEquals(published.spanId(), extracting.parentSpanId(), "nlp-service reads ingest's record\n" + dump);
        assertEquals(published.spanId(), received.parentSpanId(), "query-service reads ingest's record\n" + dump);
        Set<String> articleRecords = articlesPublished.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        for (ReceivedSpan stored : articlesStored) {
            assertTrue(articleRecords.contains(stored.parentSpanId()), "stored under a published article\n" + dump);
        }
        // within a service: the record is published inside the request, the articles inside the consumption
        assertTrue(descends(published, post, byId), "ingest publishes inside the POST\n" + dump);
        for (ReceivedSpan article : articlesPublished) {
            assertTrue(descends(article, extracting, byId), "nlp publishes inside its consumer span\n" + dump);
        }
        // the rows: query-service's JDBC statements run inside its consumer spans
        for (ReceivedSpan stored : articlesStored) {
            assertTrue(trace.stream().anyMatch(s -> isStatement(s) && s.parentSpanId().equals(stored.spanId())),
                    "JDBC statements under " + stored.spanId() + "\n" + dump);
        }
        // and nothing of the trace hangs loose: every span reaches the POST
        for (ReceivedSpan span : trace) {
            assertTrue(span == post || descends(span, post, byId),
                    "span " + span.spanId() + " reaches the POST\n" + dump);
        }
    }

    /** True when following parents from {@code span} reaches {@code ancestor}. */
    private static boolean descends(ReceivedSpan span, ReceivedSpan ancestor, Map<String, ReceivedSpan> byId) {
        ReceivedSpan current = span;
        while (!current.isRoot()) {
            current = byId.get(current.parentSpanId());
            if (current == null) {
                return false;
            }
            if (current.spanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    private static ReceivedSpan single(List<ReceivedSpan> trace, String service, String kind, String topic,
                                       String dump) {
        List<ReceivedSpan> found = all(trace, service, kind, topic);
        assertEquals(1, found.size(), service + " " + kind + " span of " + topic + "\n" + dump);
        return found.get(0);
    }

    private static List<ReceivedSpan> all(List<ReceivedSpan> trace, String service, String kind, String topic) {
        return trace.stream().filter(s -> s.service().equals(service) && s.kind().equals(kind)
                && s.name().startsWith(topic + " ")).toList();
    }

    /**
     * The trace as an indented tree, children in the order they started: service, kind, name, span id, parent id.
     * The JDBC statements under a span (about twenty per stored article) are summed up in one line.
     */
    private static String tree(List<ReceivedSpan> trace) {
        StringBuilder out = new StringBuilder();
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        trace.stream().filter(s -> s.isRoot() || !ids.contains(s.parentSpanId()))
                .sorted(Comparator.comparingLong(ReceivedSpan::startNanos))
                .forEach(root -> tree(root, trace, 0, out));
        return out.toString();
    }

    private static void tree(ReceivedSpan span, List<ReceivedSpan> trace, int depth, StringBuilder out) {
        line(out, span.service(), span.kind(), "  ".repeat(depth) + span.name(), span.spanId(),
                span.isRoot() ? "-" : span.parentSpanId());
        List<ReceivedSpan> children = trace.stream().filter(s -> s.parentSpanId().equals(span.spanId()))
                .sorted(Comparator.comparingLong(ReceivedSpan::startNanos)).toList();
        children.stream().filter(s -> !isStatement(s)).forEach(child -> tree(child, trace, depth + 1, out));
        List<ReceivedSpan> statements = children.stream().filter(TraceIT::isStatement).toList();
        if (!statements.isEmpty()) {
            List<String> names = statements.stream().map(s -> s.name().replaceFirst(" [^ .]+\\.", " ")).distinct()
                    .toList();
            String summary = statements.size() + (statements.size() == 1 ? " JDBC statement (" : " JDBC statements (")
                    + String.join(", ", names.subList(0, Math.min(2, names.size())))
                    + (names.size() > 2 ? ", …)" : ")");
            line(out, span.service(), "CLIENT", "  ".repeat(depth + 1) + summary, statements.get(0).spanId() + "…",
                    span.spanId());
        }
    }

    private static void line(StringBuilder out, String service, String kind, String name, String spanId,
                             String parentId) {
        out.append(String.format("  %-15s %-9s %-68s %-17s %s%n", service, kind, name, spanId, parentId));
    }

    /** A JDBC statement's span: its attributes name the database system (old and new semantic conventions). */
    private static boolean isStatement(ReceivedSpan span) {
        return span.kind().equals("CLIENT")
                && (span.attributes().containsKey("db.system") || span.attributes().containsKey("db.system.name"));
    }
}
