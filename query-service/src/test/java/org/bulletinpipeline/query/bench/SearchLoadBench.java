package org.bulletinpipeline.query.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Search load benchmark, not a test (run with -Pbench, see docs/benchmarks.md): 100,000 articles in their own
 * database, 16 concurrent HTTP clients issuing a mix of full-text searches, filters and facet queries against the
 * running service; latency percentiles and throughput go to the log.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class SearchLoadBench {

    private static final Logger LOG = Logger.getLogger(SearchLoadBench.class);

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/articles")
    URL articles;

    @Test
    void mixedSearchLoad() throws Exception {
        int size = Integer.getInteger("bench.articles", 100_000);
        int clients = Integer.getInteger("bench.clients", 16);
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
        BenchCorpus corpus = new BenchCorpus();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from article");
            rs.next();
            long existing = rs.getLong(1);
            if (existing < size) {
                long start = System.nanoTime();
                s.execute("truncate article, bulletin cascade");
                corpus.load(c, size);
                LOG.warnf("loaded %d articles in %d s", size, (System.nanoTime() - start) / 1_000_000_000);
            }
        }
        List<String> queries = queries(corpus, new Random(7));
        // HTTP/1.1 as browsers (the dashboard) and curl speak to an http:// address; the JDK client would otherwise
        // upgrade the connection to cleartext HTTP/2, which they never do (-Dbench.http=HTTP_2 measures that)
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.valueOf(System.getProperty("bench.http", "HTTP_1_1")))
                .executor(Executors.newFixedThreadPool(4)).build();
        String loadBefore = loadAverage();
        run(http, queries, clients, warmup, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long elapsed = run(http, queries, clients, measure, new Recorder(latencies, statuses));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = elapsed / 1e9;
        LOG.warnf("query-service search load: %d articles, %d clients, %d requests in %.1f s = %.0f req/s; "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s; "
                        + "load average %s before the warm-up, %s after",
                size, clients, sorted.length, seconds, sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, statuses, loadBefore, loadAverage());
        Assertions.assertEquals(Long.valueOf(sorted.length), statuses.get(200) == null ? null
                : statuses.get(200).get(), "every request answered 200");
    }

    /** The 1-, 5- and 15-minute load averages, as uptime shows them: the machine is shared with other work. */
    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? String.join(" ", Arrays.asList(Files.readString(proc).split(" ")).subList(0, 3))
                : "unknown";
    }

    private record Recorder(List<Long> latencies, ConcurrentHashMap<Integer, AtomicLong> statuses) {
    }

    private long run(HttpClient http, List<String> queries, int clients, Duration duration, Recorder recorder)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            futures.add(pool.submit(() -> {
                Random random = new Random(client);
                while (System.nanoTime() < end) {
                    String query = queries.get(random.nextInt(queries.size()));
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(articles + "?"
                            + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    long latency = System.nanoTime() - t0;
                    if (recorder != null) {
                        recorder.latencies().add(latency);
                        recorder.statuses().computeIfAbsent(response.statusCode(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /**
     * The mix: a quarter common two-character words (疫情, 防控: thousands of matches, relevance over the newest
     * sample), a fifth rarer three- and four-character words, then person, place-rollup, combined and browse queries;
     * most ask for facets, as the dashboard's search page does.
     */
    private static List<String> queries(BenchCorpus corpus, Random random) {
        List<String> words2 = new ArrayList<>();
        List<String> words4 = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String p = corpus.paragraphs().get(random.nextInt(corpus.paragraphs().size()));
            int at = random.nextInt(p.length() - 4);
            String w = p.substring(at, at + 4);
            if (w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                words2.add(w.substring(0, 2));
                words4.add(w.substring(0, 3 + random.nextInt(2)));
            }
        }
        List<String> codes = Arrays.asList("411000", "410000", "411081", "410100", "420000", "411002");
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int kind = random.nextInt(100);
            String person = corpus.persons().get((int) (corpus.persons().size() * Math.pow(random.nextDouble(), 3)));
            String q;
            if (kind < 25) {
                q = "q=" + enc(words2.get(random.nextInt(words2.size())));
            } else if (kind < 45) {
                q = "q=" + enc(words4.get(random.nextInt(words4.size())));
            } else if (kind < 60) {
                q = "person=" + enc(person);
            } else if (kind < 75) {
                int year = 2020 + random.nextInt(3);
                q = "place=" + codes.get(random.nextInt(codes.size())) + "&from=" + year + "-01-01&to=" + year
                        + "-06-30";
            } else if (kind < 90) {
                q = "q=" + enc(words2.get(random.nextInt(words2.size()))) + "&place="
                        + codes.get(random.nextInt(codes.size())) + "&kind=news&sort=date";
            } else {
                q = "topic=" + enc(BenchCorpus.TOPICS[random.nextInt(BenchCorpus.TOPICS.length)]);
            }
            queries.add(q + (random.nextInt(5) == 0 ? "&facets=false" : ""));
        }
        return queries;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
