package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * 1,000 random and mutated inputs (random bytes, truncated UTF-8, bit flips in GBK, huge lines, control characters,
 * encodings mixed in one body, wrong declared charsets, broken JSON and NDJSON), four at a time: no 5xx, every answer
 * within a bounded time, and every bulletin answered 202 is on bulletins.raw exactly once.
 */
@QuarkusTest
class FuzzTest {

    private static final Logger LOG = Logger.getLogger(FuzzTest.class);
    private static final int INPUTS = 1000;
    private static final Set<Integer> EXPECTED = Set.of(200, 202, 400, 413, 415, 422);
    private static final Charset GBK = Charset.forName("GBK");

    @TestHTTPResource("/api/bulletins")
    URI endpoint;

    private record Input(String kind, String contentType, byte[] body) {
    }

    @Test
    void randomAndMutatedInputsNeverCauseA5xxAndWhatIsAcceptedIsPublishedOnce() throws Exception {
        long seed = System.nanoTime();
        LOG.infof("fuzz seed %d", seed);
        Random random = new Random(seed);
        List<String> pages = Samples.NAMES.stream().map(Samples::text).toList();
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            inputs.add(input(random, pages, i));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> acceptedIds = new ConcurrentHashMap<>();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC);
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Input input : inputs) {
                sent.add(pool.submit(() -> {
                    HttpResponse<String> response = send(http, input);
                    statuses.merge(input.kind() + " " + response.statusCode(), 1, Integer::sum);
                    assertTrue(EXPECTED.contains(response.statusCode()), input.kind() + " got " + response.statusCode()
                            + ": " + response.body());
                    if (response.statusCode() == 202) {
                        String id = IngestApi.json(response.body()).get("bulletinId").asText();
                        assertEquals(null, acceptedIds.put(id, 1), "two 202s for bulletin " + id);
                    }
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            LOG.infof("fuzz: %d inputs in %d ms: %s", INPUTS, Duration.ofNanos(System.nanoTime() - start).toMillis(),
                    new TreeMap<>(statuses));

            raw.await(r -> acceptedIds.containsKey(r.key()), acceptedIds.size(), IngestApi.WAIT);
            Map<String, Long> perId = raw.drain(r -> acceptedIds.containsKey(r.key()), IngestApi.QUIET).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(acceptedIds.keySet(), perId.keySet());
            assertEquals(Set.of(1L), Set.copyOf(perId.values()), "each accepted bulletin exactly once");
            assertTrue(acceptedIds.size() > 50, "the fuzz accepts real text too, got " + acceptedIds.size());
        }
    }

    private HttpResponse<String> send(HttpClient http, Input input) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + FEED_KEY).header("Content-Type", input.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(input.body())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Input input(Random random, List<String> pages, int index) {
        String page = pages.get(random.nextInt(pages.size()));
        String slice = slice(random, page) + "\n" + UUID.randomUUID();
        byte[] utf8 = slice.getBytes(StandardCharsets.UTF_8);
        return switch (index % 12) {
            case 0 -> new Input("random-bytes", "text/plain", bytes(random, random.nextInt(4096)));
            case 1 -> new Input("truncated-utf8", "text/plain", truncated(random,
                    (UUID.randomUUID() + "\n" + slice).getBytes(StandardCharsets.UTF_8)));
            case 2 -> new Input("gbk-bit-flips", "text/plain", flip(random, slice.getBytes(GBK), 1 + random.nextInt(4)));
            case 3 -> new Input("huge-line", "text/plain; charset=utf-8",
                    (slice.replace("\n", "") .repeat(1 + random.nextInt(60))).getBytes(StandardCharsets.UTF_8));
            case 4 -> new Input("control-chars", "text/plain; charset=utf-8",
                    withControls(random, slice).getBytes(StandardCharsets.UTF_8));
            case 5 -> new Input("mixed-encodings", "text/plain", concat(slice.getBytes(GBK),
                    slice(random, page).getBytes(StandardCharsets.UTF_8)));
            case 6 -> new Input("utf16-mutated", "application/octet-stream",
                    flip(random, ("\uFEFF" + slice).getBytes(StandardCharsets.UTF_16LE), random.nextInt(3)));
            case 7 -> new Input("wrong-declared", "text/plain; charset=" + List.of("utf-8", "GBK", "big5",
                    "ISO-8859-1", "UTF-16", "no-such-charset", "\"utf-8\"").get(random.nextInt(7)),
                    random.nextBoolean() ? slice.getBytes(GBK) : utf8);
            case 8 -> new Input("json", "application/json", json(random, slice));
            case 9 -> new Input("ndjson", "application/x-ndjson", ndjson(random, pages));
            case 10 -> new Input("clean", "text/plain", random.nextBoolean() ? utf8 : slice.getBytes(GBK));
            default -> new Input("odd-media-type", List.of("text/html", "application/xml", "image/jpeg",
                    "text/plain;charset=", "multipart/form-data").get(random.nextInt(5)), utf8);
        };
    }

    private static String slice(Random random, String page) {
        int from = random.nextInt(page.length() - 1);
        return page.substring(from, Math.min(page.length(), from + 1 + random.nextInt(2000)));
    }

    /** Cut inside a multi-byte character (a UTF-8 continuation byte follows the cut), as a broken upload ends. */
    private static byte[] truncated(Random random, byte[] utf8) {
        int cut = 37 + random.nextInt(utf8.length - 37);
        while (cut < utf8.length - 1 && (utf8[cut] & 0xC0) != 0x80) {
            cut++;
        }
        return Arrays.copyOf(utf8, cut);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flip(Random random, byte[] bytes, int flips) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static String withControls(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            out.insert(random.nextInt(out.length()), (char) random.nextInt(0x20));
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] json(Random random, String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String body = "{\"text\":\"" + escaped + "\",\"source\":{\"page\":\"" + random.nextInt(20) + "\"}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
    }

    private static byte[] ndjson(Random random, List<String> pages) {
        StringBuilder body = new StringBuilder();
        int lines = 1 + random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            String text = slice(random, pages.get(random.nextInt(pages.size()))) + " " + UUID.randomUUID();
            String line = "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
            body.append(random.nextInt(5) == 0 ? line.substring(0, random.nextInt(line.length())) : line).append('\n');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
