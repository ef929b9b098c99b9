package org.bulletinpipeline.nlp.observability;

import static io.restassured.RestAssured.get;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a bulletin through nlp-service: the record on bulletins.raw carries a W3C traceparent as
 * ingest-service writes it; the consumer's span must be its child, and every article published for the bulletin
 * must carry the same trace on to query-service. The pipeline meters are checked on the same traffic.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TraceAcrossKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    @Inject
    InMemorySpanExporter spans;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void consumerOwnsEveryPartition() {
        // the group starts at the end of the topic: a record written before it is assigned would be skipped;
        // the broker knows the group only once its first member joined
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestConfig.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(TracingProfile.GROUP))
                        .all().get().get(TracingProfile.GROUP);
                return group.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum() > 0;
            });
        }
    }

    @Test
    void theConsumerSpanIsAChildOfTheUpstreamTraceparentAndTheArticlesCarryTheTraceOn() throws Exception {
        String text = Samples.text(Samples.NAMES.get(0)) + "\n\n测试编号 " + UUID.randomUUID();
        String id = BulletinIds.of(text);
        String traceId = randomHex(16);
        String upstreamSpanId = randomHex(8);
        double articlesBefore = meter("nlp_bulletin_articles_count", "");

        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            produce(id, bulletin(id, text), "00-" + traceId + "-" + upstreamSpanId + "-01");
            ConsumerRecord<String, String> first = articles.await(r -> id.equals(r.key()) && traced(r), 1, WAIT)
                    .get(0);
            int count = json.readTree(first.value()).get("articleCount").asInt();
            List<ConsumerRecord<String, String>> traced = articles.await(r -> id.equals(r.key()) && traced(r),
                    count, WAIT);
            for (ConsumerRecord<String, String> article : traced) {
                assertEquals(traceId, traceIdOf(article), "articles.extracted record of " + id);
            }
        }

        await().atMost(WAIT).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(traceId)).toList();
            assertTrue(trace.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER
                    && s.getParentSpanId().equals(upstreamSpanId)), () -> "consumer span under upstream: " + trace);
            assertTrue(trace.stream().anyMatch(s -> s.getKind() == SpanKind.PRODUCER
                    && s.getName().contains("articles.extracted")), () -> "producer span for articles: " + trace);
        });
        await().atMost(WAIT).untilAsserted(() -> assertTrue(meter("nlp_bulletin_articles_count", "") > articlesBefore,
                TraceAcrossKafkaTest::pipelineSeries));
        assertTrue(meter("nlp_bulletin_processing_seconds_count", "outcome=\"extracted\"") > 0);
    }

    @Test
    void aDeadLetterIsCountedAndTracedToo() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        String traceId = randomHex(16);
        double before = meter("nlp_dead_letters_total", "");
        try (TopicTail dlq = TopicTail.open("bulletins.dlq")) {
            produce(key, "this is not json {", "00-" + traceId + "-" + randomHex(8) + "-01");
            ConsumerRecord<String, String> letter = dlq.await(r -> key.equals(r.key()) && traced(r), 1, WAIT).get(0);
            assertEquals(traceId, traceIdOf(letter));
        }
        await().atMost(WAIT).untilAsserted(() -> assertTrue(meter("nlp_dead_letters_total", "") > before,
                TraceAcrossKafkaTest::pipelineSeries));
        assertTrue(meter("nlp_bulletin_processing_seconds_count", "outcome=\"dead-lettered\"") > 0);
    }

    private String bulletin(String id, String text) throws Exception {
        return json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", text));
    }

    private static void produce(String key, String value, String traceparent)
            throws InterruptedException, ExecutionException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestConfig.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(12 * 1024 * 1024));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>("bulletins.raw", key, value);
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
            producer.send(record).get();
        }
    }

    /** Records from other consumers of the shared broker (tracing off) carry no traceparent. */
    private static boolean traced(ConsumerRecord<String, String> record) {
        return record.headers().lastHeader("traceparent") != null;
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("traceparent");
        Matcher m = TRACEPARENT.matcher(new String(header.value(), StandardCharsets.US_ASCII));
        assertTrue(m.matches(), "W3C traceparent");
        return m.group(1);
    }

    /** The sum of a Prometheus series at /q/metrics over the samples whose labels contain {@code labels}. */
    private static double meter(String name, String labels) {
        String body = get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String sample : body.split("\n")) {
            // with tracing on, a sample may end in an exemplar: ` # {span_id="…",trace_id="…"} value timestamp`
            String line = sample.contains(" # ") ? sample.substring(0, sample.indexOf(" # ")) : sample;
            int space = line.lastIndexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String series = line.substring(0, space);
            String seriesName = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
            if (seriesName.equals(name) && series.contains(labels)) {
                sum += Double.parseDouble(line.substring(space + 1));
            }
        }
        return sum;
    }

    private static String pipelineSeries() {
        return get("/q/metrics").then().extract().asString().lines().filter(l -> l.startsWith("nlp_")).toList()
                .toString();
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // an all-zero id is invalid in W3C trace context
        return HexFormat.of().formatHex(b);
    }
}
