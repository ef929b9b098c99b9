import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end load generator for any deployment of the pipeline. Sends N distinct bulletins to ingest-service at a
 * target rate, open-loop (a send never waits for an earlier answer; at most C requests are in flight, and a send
 * that finds all C busy is counted as shed by the client), then waits until every accepted bulletin is queryable in
 * query-service with status processed.
 *
 * Latency of a bulletin = the moment query-service was first seen answering status "processed" for it, minus the
 * moment its POST was sent. Pending bulletins are polled every --poll-ms, so a figure is late by at most that much.
 *
 * Afterwards each queryable bulletin's stored articles are compared with what nlp-service's {@code POST /api/extract}
 * answers for the same text (article count, and every article's title and body in order): a bulletin stored from a
 * half-processed or replayed run would differ. {@code --extract none} skips the comparison.
 *
 * java bench/LoadGenerator.java --count 300 --rate 10 [--concurrency 64] [--chars 5000] [--ingest URL] [--query URL]
 *      [--extract URL|none] [--key KEY] [--samples DIR] [--timeout-s 300] [--poll-ms 50] [--out bench/results]
 *      [--label NAME]
 */
public class LoadGenerator {

    private static final Pattern ID = Pattern.compile("\"bulletinId\"\\s*:\\s*\"([a-z0-9-]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"articleCount\"\\s*:\\s*(\\d+)");
    private static final Pattern ORDINAL = Pattern.compile("\"ordinal\"\\s*:\\s*(\\d+)");
    /** The title and body of each article, in order, as their JSON literals. */
    private static final Pattern TITLE_AND_BODY =
            Pattern.compile("\"(title|body)\"\\s*:\\s*(null|\"(?:[^\"\\\\]++|\\\\.)*+\")");

    record Sent(int index, long sentNanos, int status, String bulletinId, boolean duplicate, String error) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int count = Integer.parseInt(opt.getOrDefault("count", "100"));
        double rate = Double.parseDouble(opt.getOrDefault("rate", "5"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "64"));
        int chars = Integer.parseInt(opt.getOrDefault("chars", "5000"));
        String ingest = opt.getOrDefault("ingest", "http://localhost:8081");
        String query = opt.getOrDefault("query", "http://localhost:8083");
        String extract = opt.getOrDefault("extract", "http://localhost:8082");
        String key = opt.getOrDefault("key", System.getenv().getOrDefault("BULLETIN_DEV_KEY", "local-dev-key"));
        Path samples = Path.of(opt.getOrDefault("samples", "test-support/src/main/resources/samples"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("timeout-s", "300")));
        long pollMs = Long.parseLong(opt.getOrDefault("poll-ms", "50"));
        Path out = Path.of(opt.getOrDefault("out", "bench/results"));
        String label = opt.getOrDefault("label", "load-" + count + "@" + rate);

        List<String> paragraphs = paragraphs(samples);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(concurrency);
        List<Sent> results = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger clientShed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        Map<String, Long> processedAt = new ConcurrentHashMap<>();
        Map<String, Integer> articleCount = new ConcurrentHashMap<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        String runId = Long.toHexString(new Random().nextLong());

        for (int i = 0; i < count; i++) {
            int index = i;
            ticker.schedule(() -> {
                if (!inFlight.tryAcquire()) {
                    clientShed.incrementAndGet();
                    done.countDown();
                    return;
                }
                String text = bulletin(paragraphs, chars, runId, index);
                long sent = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/bulletins"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                    if (error != null) {
                        results.add(new Sent(index, sent, 0, null, false, error.getClass().getSimpleName()));
                    } else {
                        Matcher id = ID.matcher(response.body());
                        results.add(new Sent(index, sent, response.statusCode(), id.find() ? id.group(1) : null,
                                response.body().contains("\"duplicate\":true"), null));
                    }
                    inFlight.release();
                    done.countDown();
                });
            }, start + i * periodNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        // queryability is polled while sending goes on, so a bulletin's latency does not include the rest of the run
        Thread poller = new Thread(() -> {
            long deadline = Long.MAX_VALUE;
            while (true) {
                if (done.getCount() == 0 && deadline == Long.MAX_VALUE) {
                    deadline = System.nanoTime() + timeout.toNanos();
                }
                List<Sent> answered;
                synchronized (results) {
                    answered = new ArrayList<>(results);
                }
                List<Sent> pending = answered.stream().filter(r -> r.status() == 202 || r.status() == 200)
                        .filter(r -> r.bulletinId() != null && !processedAt.containsKey(r.bulletinId())).toList();
                if ((done.getCount() == 0 && pending.isEmpty()) || System.nanoTime() > deadline) {
                    return;
                }
                for (Sent s : pending) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(query + "/api/bulletins/"
                                + s.bulletinId())).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher status = STATUS.matcher(r.body());
                        if (r.statusCode() == 200 && status.find() && status.group(1).equals("processed")) {
                            processedAt.put(s.bulletinId(), System.nanoTime());
                            articleCount.put(s.bulletinId(), articles(r.body()));
                        }
                    } catch (IOException e) {
                        // query-service unreachable for a moment (a fault scenario): the bulletin stays pending
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                try {
                    Thread.sleep(pollMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.start();
        done.await();
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        ticker.shutdown();
        poller.join();
        List<Sent> accepted = results.stream().filter(r -> r.status() == 202 || r.status() == 200)
                .filter(r -> r.bulletinId() != null).toList();
        int lost = (int) accepted.stream().filter(r -> !processedAt.containsKey(r.bulletinId())).count();
        double totalSeconds = (System.nanoTime() - start) / 1e9;

        long duplicated = articleCount.values().stream().filter(c -> c < 0).count();
        long[] latencies = accepted.stream().filter(s -> processedAt.containsKey(s.bulletinId()))
                .mapToLong(s -> processedAt.get(s.bulletinId()) - s.sentNanos()).sorted().toArray();
        Map<Integer, Long> byStatus = new TreeMap<>();
        results.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        long refused = results.stream().filter(r -> r.status() != 202 && r.status() != 200).count();
        long mismatched = extract.equals("none") ? 0 : accepted.stream()
                .filter(r -> processedAt.containsKey(r.bulletinId()) && articleCount.get(r.bulletinId()) >= 0)
                .filter(r -> !storedAsExtracted(http, query, extract, key, r.bulletinId(),
                        bulletin(paragraphs, chars, runId, r.index())))
                .count();

        String json = String.format(java.util.Locale.ROOT, """
                {"label":"%s","count":%d,"rate":%.2f,"concurrency":%d,"chars":%d,"accepted":%d,"refused":%d,\
                "clientShed":%d,"byStatus":%s,"queryable":%d,"lost":%d,"duplicated":%d,"mismatched":%d,"sendSeconds":%.2f,\
                "totalSeconds":%.2f,"throughputPerSecond":%.2f,"latencyMs":{"p50":%.1f,"p95":%.1f,"p99":%.1f,"max":%.1f}}
                """, label, count, rate, concurrency, chars, accepted.size(), refused, clientShed.get(),
                statusJson(byStatus), processedAt.size(), lost, duplicated, mismatched, sendSeconds, totalSeconds,
                processedAt.size() / totalSeconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                pct(latencies, 100));
        String row = String.format(java.util.Locale.ROOT,
                "| %s | %d | %.1f/s | %d | %d | %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.2f/s |",
                label, count, rate, accepted.size(), refused + clientShed.get(), processedAt.size(), lost, duplicated,
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), pct(latencies, 100),
                processedAt.size() / totalSeconds);
        Files.createDirectories(out);
        Files.writeString(out.resolve(label + ".json"), json);
        Files.writeString(out.resolve(label + ".md"), "| run | sent | rate | accepted | refused | queryable | lost "
                + "| duplicated | p50 ms | p95 ms | p99 ms | max ms | throughput |\n|---|---|---|---|---|---|---|---|---|"
                + "---|---|---|---|\n" + row + "\n");
        System.out.print(json);
        System.out.println(row);
        System.exit(lost == 0 && duplicated == 0 && mismatched == 0 ? 0 : 1);
    }

    /** Whether query-service holds, for this bulletin, the articles nlp-service extracts from its text. */
    private static boolean storedAsExtracted(HttpClient http, String query, String extract, String key,
                                             String bulletinId, String text) {
        try {
            String stored = http.send(HttpRequest.newBuilder(URI.create(query + "/api/bulletins/" + bulletinId))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String extracted = http.send(HttpRequest.newBuilder(URI.create(extract + "/api/extract"))
                    .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            boolean same = titlesAndBodies(stored).equals(titlesAndBodies(extracted));
            if (!same) {
                System.err.println("bulletin " + bulletinId + ": stored articles differ from POST /api/extract");
            }
            return same;
        } catch (IOException e) {
            throw new IllegalStateException("could not compare bulletin " + bulletinId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The titles in article order, then the bodies: stored JSON may order an article's keys differently. */
    private static List<String> titlesAndBodies(String json) {
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Matcher m = TITLE_AND_BODY.matcher(json);
        while (m.find()) {
            (m.group(1).equals("title") ? titles : bodies).add(m.group(2));
        }
        titles.addAll(bodies);
        return titles;
    }

    /** Stored articles of a processed bulletin; -1 when an ordinal appears twice or one is missing. */
    private static int articles(String body) {
        Matcher count = COUNT.matcher(body);
        int expected = count.find() ? Integer.parseInt(count.group(1)) : -1;
        Matcher ordinal = ORDINAL.matcher(body);
        boolean[] seen = new boolean[Math.max(expected, 0)];
        int found = 0;
        while (ordinal.find()) {
            int o = Integer.parseInt(ordinal.group(1));
            if (o >= seen.length || seen[o]) {
                return -1;
            }
            seen[o] = true;
            found++;
        }
        return found == expected ? found : -1;
    }

    private static String statusJson(Map<Integer, Long> byStatus) {
        StringBuilder sb = new StringBuilder("{");
        byStatus.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }

    private static double pct(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    /** Real newspaper paragraphs recombined: distinct texts of the requested size with the genre's structure. */
    private static String bulletin(List<String> paragraphs, int chars, String runId, int index) {
        Random random = new Random(runId.hashCode() * 31L + index);
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        return text.append("(编号 ").append(runId).append('-').append(index).append(")\n").toString();
    }

    private static List<String> paragraphs(Path samples) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Arrays.stream(Files.readString(file).split("\\n\\s*\\n")).map(String::strip)
                        .filter(p -> p.length() > 20).forEach(paragraphs::add);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no sample paragraphs under " + samples);
        }
        return paragraphs;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
