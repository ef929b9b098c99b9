import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A standing hostile-input campaign against the three services: thousands of generated requests, each a shape a
 * careless or malicious client sends (control characters, broken encodings, wrong JSON types, year 99999, a 10,000
 * character title, deep nesting, long blank and punctuation runs, injection strings, cursors that are not cursors,
 * ids that are paths, unknown methods, missing and wrong keys), to every endpoint: ingest's four formats and its
 * admin path, nlp-service's extraction, every query parameter of query-service, its admin API, its SSE stream and
 * the dashboard's own routes. Then it checks the system:
 * <ul>
 *   <li>no answer 5xx, none timed out (each request has 60 s);</li>
 *   <li>no bulletin lost: every bulletin ingest accepted (202/200) reaches query-service, processed or failed
 *       (its dead letter stored), and ten ordinary bulletins sent after the campaign are all processed;</li>
 *   <li>no consumer stuck: the three services are ready at the end, and every consumer group of {@code --groups}
 *       (group=topic,topic;group=topic) commits up to the end of its topics.</li>
 * </ul>
 *
 * With {@code --kafka} it creates the topics named by {@code --topics} first (6 partitions, the ledger compacted),
 * and with {@code --drop-prefix} deletes the topics and idle consumer groups of earlier runs under that prefix: a
 * new group reads its topics from the beginning, so topics kept from run to run made each run's consumers replay
 * every earlier run (thousands of records, poison ones among them) and read as lag at the end. After the bulletins
 * settled it waits (up to {@code --drain-s}) until each group's committed offsets reach the end offsets; a
 * partition whose committed offset has not moved for {@code --stall-s} while records wait is a stuck consumer,
 * reported with the group, partition, offset and the record at that offset.
 *
 * <pre>
 * java -cp kafka-clients.jar:slf4j-api.jar bench/HostileCampaign.java --ingest http://localhost:18281 --nlp http://localhost:18282 \
 *      --query http://localhost:18283 --feed-key K --admin-key K [--requests 6000] [--concurrency 4]
 *      [--seed 16] [--settle-s 300] [--drain-s 600] [--stall-s 90] [--out bench/results]
 * </pre>
 * Prints a Markdown table per endpoint and the verdict; exit status 0 only when every check holds.
 */
public class HostileCampaign {

    private static final Pattern BULLETIN_ID = Pattern.compile("\"bulletinId\":\"([0-9a-f]{16})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

    record Shot(String endpoint, String shape, String method, String url, Map<String, String> headers, byte[] body,
                boolean stream) {
    }

    record Outcome(Shot shot, int status, long millis, String body) {
    }

    /** What a group's consumers still had to commit when the wait ended: nothing, or partitions behind. */
    record Drain(long seconds, Map<String, Long> behind, List<String> stuck) {
    }

    private final Map<String, String> opt;
    private final String ingest;
    private final String nlp;
    private final String query;
    private final String feedKey;
    private final String adminKey;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HostileCampaign(Map<String, String> opt) {
        this.opt = opt;
        this.ingest = opt.get("ingest");
        this.nlp = opt.get("nlp");
        this.query = opt.get("query");
        this.feedKey = opt.get("feed-key");
        this.adminKey = opt.get("admin-key");
        this.random = new Random(Long.parseLong(opt.getOrDefault("seed", "16")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("ingest", "nlp", "query", "feed-key", "admin-key")) {
            if (!opt.containsKey(required)) {
                System.err.println("missing --" + required);
                System.exit(2);
            }
        }
        System.exit(new HostileCampaign(opt).run());
    }

    int run() throws Exception {
        if (opt.containsKey("kafka") && opt.containsKey("drop-prefix")) {
            dropEarlierRuns(opt.get("drop-prefix"));
        }
        if (opt.containsKey("kafka") && opt.containsKey("topics")) {
            createTopics();
        }
        if (opt.containsKey("topics-only")) {
            return 0;
        }
        int requests = Integer.parseInt(opt.getOrDefault("requests", "6000"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "4"));
        List<Function<Integer, Shot>> kinds = generators();
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            shots.add(kinds.get(i % kinds.size()).apply(i));
        }
        Collections.shuffle(shots, random);

        Instant started = Instant.now();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (Shot shot : shots) {
            pool.submit(() -> outcomes.add(send(shot)));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        Duration took = Duration.between(started, Instant.now());

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        for (Outcome o : outcomes) {
            if (o.shot().endpoint().startsWith("ingest POST /api/bulletins") && (o.status() == 202 || o.status() == 200)) {
                Matcher m = BULLETIN_ID.matcher(o.body());
                while (m.find()) {
                    accepted.add(m.group(1));
                }
            }
        }
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Outcome o = send(new Shot("after", "ordinary", "POST", ingest + "/api/bulletins",
                    Map.of("Authorization", "Bearer " + feedKey, "Content-Type", "text/plain; charset=utf-8"),
                    ordinaryBulletin(i).getBytes(StandardCharsets.UTF_8), false));
            Matcher m = BULLETIN_ID.matcher(o.body());
            if (o.status() == 202 && m.find()) {
                ordinary.add(m.group(1));
            } else {
                System.err.println("an ordinary bulletin after the campaign was answered " + o.status() + ": " + o.body());
            }
        }
        Map<String, String> fate = settle(accepted, ordinary,
                Duration.ofSeconds(Long.parseLong(opt.getOrDefault("settle-s", "300"))));
        long lost = accepted.stream().filter(id -> !Set.of("processed", "failed").contains(fate.getOrDefault(id, "absent"))).count();
        long ordinaryProcessed = ordinary.stream().filter(id -> "processed".equals(fate.get(id))).count();
        List<String> notReady = new ArrayList<>();
        for (String base : List.of(ingest, nlp, query)) {
            if (send(new Shot("ready", "ready", "GET", base + "/q/health/ready", Map.of(), null, false)).status() != 200) {
                notReady.add(base);
            }
        }
        Drain drain = opt.containsKey("kafka") ? drain(Duration.ofSeconds(Long.parseLong(opt.getOrDefault("drain-s",
                "600"))), Duration.ofSeconds(Long.parseLong(opt.getOrDefault("stall-s", "90"))))
                : new Drain(0, Map.of(), List.of());
        return report(outcomes, took, accepted.size(), lost, ordinary.size(), ordinaryProcessed, notReady, fate, drain);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, opt.get("kafka")));
    }

    private void createTopics() throws Exception {
        try (Admin admin = admin()) {
            for (String topic : opt.getOrDefault("topics", "").split(",")) {
                NewTopic created = new NewTopic(topic, 6, (short) 1);
                if (topic.endsWith(".ingested")) {
                    created.configs(Map.of("cleanup.policy", "compact"));
                }
                try {
                    admin.createTopics(List.of(created)).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * Deletes the topics named {@code prefix*} that this run does not use, and the consumer groups named
     * {@code prefix*} that have no member left: what earlier runs left behind.
     */
    private void dropEarlierRuns(String prefix) throws Exception {
        Set<String> mine = Set.of(opt.getOrDefault("topics", "").split(","));
        try (Admin admin = admin()) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(prefix) && !mine.contains(t)).sorted().toList();
            if (!topics.isEmpty()) {
                admin.deleteTopics(topics).all().get();
                System.out.println("deleted the topics of earlier runs: " + topics);
            }
            List<String> groups = admin.listGroups().all().get().stream().map(GroupListing::groupId)
                    .filter(g -> g.startsWith(prefix)).toList();
            List<String> idle = new ArrayList<>();
            admin.describeConsumerGroups(groups).all().get().forEach((group, description) -> {
                if (description.members().isEmpty()) {
                    idle.add(group);
                }
            });
            if (!idle.isEmpty()) {
                admin.deleteConsumerGroups(idle).all().get();
                System.out.println("deleted " + idle.size() + " consumer groups of earlier runs");
            }
        }
    }

    /**
     * Waits until every group of {@code --groups} has committed up to the end of each of its partitions. A backlog
     * still draining moves; a partition whose committed offset stays put for {@code stall} while records wait
     * behind it is a consumer stuck on the record at that offset, and the wait ends there.
     */
    private Drain drain(Duration patience, Duration stall) throws Exception {
        Instant started = Instant.now();
        Instant deadline = started.plus(patience);
        Map<String, Long> lastCommitted = new HashMap<>();
        Map<String, Instant> lastMoved = new HashMap<>();
        try (Admin admin = admin()) {
            while (true) {
                Map<String, Long> behind = new TreeMap<>();
                Map<String, long[]> at = new TreeMap<>();
                for (String spec : opt.getOrDefault("groups", "").split(";")) {
                    if (spec.isBlank()) {
                        continue;
                    }
                    String group = spec.substring(0, spec.indexOf('='));
                    Set<String> topics = Set.of(spec.substring(spec.indexOf('=') + 1).split(","));
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                    admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description
                            .partitions().forEach(p -> ends.put(new TopicPartition(topic, p.partition()),
                                    OffsetSpec.latest())));
                    admin.listOffsets(ends).all().get().forEach((tp, end) -> {
                        OffsetAndMetadata mark = committed.get(tp);
                        long offset = mark == null ? 0 : mark.offset();
                        if (end.offset() > offset) {
                            String name = group + " " + tp.topic() + "-" + tp.partition();
                            behind.put(name, end.offset() - offset);
                            at.put(name, new long[] {offset, end.offset()});
                        }
                    });
                }
                Instant now = Instant.now();
                long waited = Duration.between(started, now).toSeconds();
                if (behind.isEmpty()) {
                    return new Drain(waited, behind, List.of());
                }
                List<String> stuck = new ArrayList<>();
                at.forEach((name, offsets) -> {
                    if (!Long.valueOf(offsets[0]).equals(lastCommitted.put(name, offsets[0]))) {
                        lastMoved.put(name, now);
                    } else if (Duration.between(lastMoved.get(name), now).compareTo(stall) >= 0) {
                        stuck.add(name + " committed " + offsets[0] + " of " + offsets[1] + " for "
                                + Duration.between(lastMoved.get(name), now).toSeconds() + " s; "
                                + recordAt(name, offsets[0]));
                    }
                });
                if (!stuck.isEmpty() || now.isAfter(deadline)) {
                    return new Drain(waited, behind, stuck);
                }
                Thread.sleep(2000);
            }
        }
    }

    /** The record a stuck consumer sits on ({@code name} is "group topic-partition"): its key and its start. */
    private String recordAt(String name, long offset) {
        String partitioned = name.substring(name.indexOf(' ') + 1);
        TopicPartition tp = new TopicPartition(partitioned.substring(0, partitioned.lastIndexOf('-')),
                Integer.parseInt(partitioned.substring(partitioned.lastIndexOf('-') + 1)));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, opt.get("kafka"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(12 << 20)),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(10))) {
                String value = r.value() == null ? "null" : r.value();
                return "record key " + r.key() + ": " + value.substring(0, Math.min(300, value.length()))
                        .replace('\n', ' ');
            }
            return "no record read at that offset";
        } catch (RuntimeException e) {
            return "record not read: " + e;
        }
    }

    /** Waits until each accepted bulletin has reached query-service as processed or failed, or the time is up. */
    private Map<String, String> settle(Set<String> accepted, List<String> ordinary, Duration patience)
            throws InterruptedException {
        Map<String, String> fate = new ConcurrentHashMap<>();
        List<String> all = new ArrayList<>(accepted);
        all.addAll(ordinary);
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (String id : all) {
                if (Set.of("processed", "failed").contains(fate.getOrDefault(id, "absent"))) {
                    continue;
                }
                Outcome o = send(new Shot("settle", "settle", "GET", query + "/api/bulletins/" + id, Map.of(), null,
                        false));
                Matcher m = STATUS.matcher(o.body());
                fate.put(id, o.status() == 200 && m.find() ? m.group(1) : "absent");
            }
            if (all.stream().allMatch(id -> Set.of("processed", "failed").contains(fate.getOrDefault(id, "absent")))) {
                break;
            }
            Thread.sleep(2000);
        }
        return fate;
    }

    private int report(List<Outcome> outcomes, Duration took, int accepted, long lost, int ordinarySent,
                       long ordinaryProcessed, List<String> notReady, Map<String, String> fate, Drain drain)
            throws IOException {
        Map<String, long[]> rows = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            long[] row = rows.computeIfAbsent(o.shot().endpoint(), k -> new long[7]);
            row[0]++;
            int s = o.status();
            if (s >= 200 && s < 300) {
                row[1]++;
            } else if (s == 401 || s == 403) {
                row[2]++;
            } else if (s == 429) {
                row[4]++;
            } else if (s >= 400 && s < 500) {
                row[3]++;
            } else if (s >= 500) {
                row[5]++;
            }
            if (s < 0) {
                row[5]++;
            }
            row[6] = Math.max(row[6], o.millis());
            if (s >= 500 || s < 0) {
                failures.add(s + " " + o.millis() + " ms " + o.shot().endpoint() + " [" + o.shot().shape() + "] "
                        + o.body().substring(0, Math.min(200, o.body().length())).replace('\n', ' '));
            }
        }
        StringBuilder table = new StringBuilder();
        table.append("| endpoint | requests | 2xx | 401/403 | other 4xx | 429 | 5xx or no answer | slowest (ms) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        long[] total = new long[7];
        rows.forEach((endpoint, r) -> {
            table.append("| `").append(endpoint).append("` |");
            for (int i = 0; i < 7; i++) {
                table.append(' ').append(String.format("%,d", r[i])).append(" |");
                total[i] = i == 6 ? Math.max(total[i], r[i]) : total[i] + r[i];
            }
            table.append('\n');
        });
        table.append("| **all** |");
        for (int i = 0; i < 7; i++) {
            table.append(" **").append(String.format("%,d", total[i])).append("** |");
        }
        table.append('\n');
        long waiting = drain.behind().values().stream().mapToLong(Long::longValue).sum();
        boolean passed = total[5] == 0 && lost == 0 && ordinaryProcessed == ordinarySent && ordinarySent == 10
                && notReady.isEmpty() && drain.behind().isEmpty();
        String verdict = String.format("%,d hostile requests in %d s: %d answered 5xx or not at all; %d bulletins "
                        + "accepted, %d lost (not processed or failed in query-service); %d/%d ordinary bulletins "
                        + "sent afterwards processed; services not ready: %s; consumers: %s -> %s%n", total[0],
                took.toSeconds(), total[5], accepted, lost, ordinaryProcessed, ordinarySent,
                notReady.isEmpty() ? "none" : notReady,
                drain.behind().isEmpty() ? "every group committed to the end of its topics after " + drain.seconds()
                        + " s more"
                        : !drain.stuck().isEmpty() ? drain.stuck().size() + " partitions stuck, " + waiting
                        + " records uncommitted " + drain.behind()
                        : waiting + " records still uncommitted after " + drain.seconds() + " s, still moving "
                        + drain.behind(),
                passed ? "PASSED" : "FAILED");
        // what took longest, by shape and size: a slow answer says which input made it slow
        List<String> slowest = outcomes.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(10)
                .map(o -> String.format("%,d ms %s [%s] %,d bytes -> %d", o.millis(), o.shot().endpoint(),
                        o.shot().shape(), o.shot().body() == null ? 0 : o.shot().body().length, o.status()))
                .toList();
        System.out.print(table);
        System.out.println();
        System.out.print(verdict);
        System.out.println("slowest answers:");
        slowest.forEach(line -> System.out.println("  " + line));
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        drain.stuck().forEach(st -> System.out.println("  stuck: " + st));
        fate.entrySet().stream().filter(e -> !Set.of("processed", "failed").contains(e.getValue())).limit(20)
                .forEach(e -> System.out.println("  not settled: " + e.getKey() + " " + e.getValue()));
        Path out = Path.of(opt.getOrDefault("out", "bench/results"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("hostile-" + Instant.now().getEpochSecond() + ".md"),
                table + "\n" + verdict + "slowest answers:\n  " + String.join("\n  ", slowest) + "\n"
                        + String.join("\n", failures) + "\n"
                        + String.join("\n", drain.stuck().stream().map(st -> "stuck: " + st).toList()) + "\n");
        return passed ? 0 : 1;
    }

    private Outcome send(Shot shot) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shot.url()))
                    .timeout(Duration.ofSeconds(60))
                    .method(shot.method(), shot.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(shot.body()));
            shot.headers().forEach(request::header);
            if (shot.stream()) {
                HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                // an open stream is read up to the end of its first event (ready), then left
                try (InputStream in = answer.body()) {
                    StringBuilder first = new StringBuilder();
                    int b;
                    while (first.length() < 4096 && first.indexOf("\n\n") < 0 && (b = in.read()) >= 0) {
                        first.append((char) b);
                    }
                    return new Outcome(shot, answer.statusCode(), (System.nanoTime() - start) / 1_000_000,
                            first.toString());
                }
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(shot, answer.statusCode(), (System.nanoTime() - start) / 1_000_000, answer.body());
        } catch (HttpTimeoutException e) {
            return new Outcome(shot, -1, (System.nanoTime() - start) / 1_000_000, "timed out");
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(shot, -2, (System.nanoTime() - start) / 1_000_000, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(shot, -3, 0, "interrupted");
        }
    }

    // ---------------------------------------------------------------- what is sent

    private List<Function<Integer, Shot>> generators() {
        List<Function<Integer, Shot>> g = new ArrayList<>();
        // ingest: a third of the campaign, most of it refused before Kafka
        for (int i = 0; i < 5; i++) {
            g.add(this::ingestText);
            g.add(this::ingestJson);
        }
        g.add(this::ingestNdjson);
        g.add(this::ingestMultipart);
        g.add(this::ingestWrongCredentials);
        g.add(this::ingestReprocess);
        // nlp
        g.add(this::extract);
        g.add(this::extract);
        g.add(this::extractWrongCredentials);
        // query
        for (int i = 0; i < 4; i++) {
            g.add(this::search);
        }
        g.add(this::export);
        g.add(this::stream);
        g.add(this::bulletin);
        g.add(this::entities);
        g.add(this::facts);
        g.add(this::deadLetters);
        g.add(this::dashboard);
        g.add(this::unknownRoutes);
        return g;
    }

    private Shot ingestText(int i) {
        Charset[] charsets = {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, Charset.forName("Big5")};
        String text = hostileText(i);
        Charset charset = charsets[random.nextInt(charsets.length)];
        String declared = switch (random.nextInt(5)) {
            case 0 -> "text/plain";
            case 1 -> "text/plain; charset=" + charset.name();
            case 2 -> "text/plain; charset=klingon";
            case 3 -> "application/octet-stream";
            default -> "text/plain; charset=utf-8";
        };
        byte[] body = random.nextInt(10) == 0 ? randomBytes(random.nextInt(5000)) : text.getBytes(charset);
        return new Shot("ingest POST /api/bulletins (text)", "text/" + shapeName(i), "POST", ingest + "/api/bulletins",
                Map.of("Authorization", "Bearer " + feedKey, "Content-Type", declared), body, false);
    }

    private Shot ingestJson(int i) {
        String text = jsonString(hostileText(i));
        String body = switch (i % 14) {
            case 0 -> "{\"text\":" + text + ",\"source\":{\"publication\":\"\\u0000禹州\",\"publishedOn\":\"2022-05-17\"}}";
            case 1 -> "{\"text\":" + text + ",\"source\":{\"publishedOn\":\"99999-01-01\"}}";
            case 2 -> "{\"text\":" + text + ",\"source\":{\"publishedOn\":\"2022-13-45\"}}";
            case 3 -> "{\"text\":" + text + ",\"source\":{\"publication\":" + jsonString("报".repeat(10_000)) + "}}";
            case 4 -> "{\"text\":" + text + ",\"source\":{\"url\":\"javascript:alert(1)\",\"page\":\"\\ud800\"}}";
            case 5 -> "{\"text\":12345,\"source\":\"yesterday\"}";
            case 6 -> "{\"text\":[\"a\",\"b\"],\"source\":{\"page\":{\"n\":1}}}";
            case 7 -> "[".repeat(5000) + "]".repeat(5000);
            case 8 -> "{\"text\":" + text + ",\"source\":{\"fileName\":\"../../etc/passwd\",\"page\":\"-1\"}}";
            case 9 -> "{\"text\":" + text + "} trailing";
            case 10 -> "null";
            case 11 -> "{\"text\":" + text + ",\"text\":\"again\",\"extra\":{\"deep\":" + "{\"a\":".repeat(800)
                    + "1" + "}".repeat(800) + "}}";
            case 12 -> "{\"text\":" + text + ",\"source\":{\"publishedOn\":\"0000-00-00\",\"feed\":\"someone-else\"}}";
            default -> "{\"text\":" + text + ",\"source\":{\"publication\":\"\\u0007\\u001b[31m红\",\"page\":\""
                    + "9".repeat(5000) + "\"}}";
        };
        return new Shot("ingest POST /api/bulletins (JSON)", "json/" + (i % 14), "POST", ingest + "/api/bulletins",
                Map.of("Authorization", "Bearer " + feedKey, "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    private Shot ingestNdjson(int i) {
        StringBuilder lines = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int k = 0; k < n; k++) {
            switch (random.nextInt(6)) {
                case 0 -> lines.append("\n");
                case 1 -> lines.append("{not json}\n");
                case 2 -> lines.append("{\"text\":").append(jsonString(hostileText(i + k))).append("}\n");
                case 3 -> lines.append("{\"text\":\"\\u0000\"}\n");
                case 4 -> lines.append("{\"text\":\"本报讯 ").append(i).append('-').append(k)
                        .append(" 短讯。\",\"source\":{\"publishedOn\":\"1899-01-01\"}}\n");
                default -> lines.append("\"just a string\"\n");
            }
        }
        return new Shot("ingest POST /api/bulletins (NDJSON)", "ndjson", "POST", ingest + "/api/bulletins",
                Map.of("Authorization", "Bearer " + feedKey, "Content-Type", "application/x-ndjson"),
                lines.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    private Shot ingestMultipart(int i) {
        String boundary = "campaign" + i;
        StringBuilder body = new StringBuilder();
        int variant = i % 5;
        if (variant != 0) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(variant == 1 ? "../../../x.txt" : "p" + i + ".txt").append("\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append(hostileText(i)).append("\r\n");
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"publishedOn\"\r\n\r\n")
                    .append(variant == 2 ? "99999-12-31" : variant == 3 ? "yesterday" : "2022-05-17").append("\r\n");
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n")
                    .append(variant == 4 ? "\u0000://" : "https://example.org/p").append("\r\n");
        }
        body.append("--").append(boundary).append(variant == 3 ? "\r\n" : "--\r\n");
        String type = variant == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        return new Shot("ingest POST /api/bulletins (multipart)", "multipart/" + variant, "POST",
                ingest + "/api/bulletins", Map.of("Authorization", "Bearer " + feedKey, "Content-Type", type),
                body.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    private Shot ingestWrongCredentials(int i) {
        String[] authorizations = {"", "Bearer", "Bearer ", "Bearer not-a-key", "Basic ###", "Basic " + Base64
                .getEncoder().encodeToString(("x:" + "k".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
                "Bearer " + "\u00e9".repeat(100), "Digest username=\"a\"", "bearer " + feedKey + "x"};
        String auth = authorizations[i % authorizations.length];
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        if (!auth.isEmpty()) {
            headers.put("Authorization", auth);
        }
        return new Shot("ingest POST /api/bulletins (no or wrong key)", "auth/" + (i % authorizations.length), "POST",
                ingest + "/api/bulletins", headers, "本报讯 没有钥匙。".getBytes(StandardCharsets.UTF_8), false);
    }

    private Shot ingestReprocess(int i) {
        String[] ids = {"0000000000000000", "..%2F..%2Fetc", "x".repeat(3000), "%00", "b825825c6756efef",
                "%F0%9F%92%A9", "'%20or%201=1--"};
        String key = i % 3 == 0 ? feedKey : adminKey;
        return new Shot("ingest POST /api/bulletins/{id}/reprocess", "reprocess/" + (i % ids.length), "POST",
                ingest + "/api/bulletins/" + ids[i % ids.length] + "/reprocess",
                Map.of("Authorization", "Bearer " + key), null, false);
    }

    private Shot extract(int i) {
        String text = hostileText(i);
        boolean json = i % 3 == 0;
        byte[] body = json ? ("{\"text\":" + jsonString(text) + ",\"source\":{\"publishedOn\":\""
                + (i % 2 == 0 ? "99999-01-01" : "2022-05-17") + "\"}}").getBytes(StandardCharsets.UTF_8)
                : text.getBytes(StandardCharsets.UTF_8);
        if (i % 11 == 0) {
            body = "{\"text\":{\"x\":1}}".getBytes(StandardCharsets.UTF_8);
            json = true;
        }
        return new Shot("nlp POST /api/extract", "extract/" + shapeName(i), "POST", nlp + "/api/extract",
                Map.of("Authorization", "Bearer " + feedKey, "Content-Type",
                        json ? "application/json" : "text/plain; charset=utf-8"), body, false);
    }

    private Shot extractWrongCredentials(int i) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        if (i % 2 == 0) {
            headers.put("Authorization", "Bearer " + adminKey + "-no");
        }
        return new Shot("nlp POST /api/extract (no or wrong key)", "auth", "POST", nlp + "/api/extract", headers,
                hostileText(i).getBytes(StandardCharsets.UTF_8), false);
    }

    private Shot search(int i) {
        return new Shot("query GET /api/articles", "search", "GET", query + "/api/articles?" + searchParams(i, true),
                Map.of(), null, false);
    }

    private Shot export(int i) {
        String format = new String[] {"csv", "ndjson", "xlsx", "", "CSV", "%00"}[i % 6];
        return new Shot("query GET /api/articles/export", "export", "GET",
                query + "/api/articles/export?format=" + format + "&" + searchParams(i, false), Map.of(), null, false);
    }

    private Shot stream(int i) {
        return new Shot("query GET /api/stream/articles (SSE)", "stream", "GET",
                query + "/api/stream/articles?" + searchParams(i, false), Map.of("Accept", "text/event-stream"), null,
                true);
    }

    private Shot bulletin(int i) {
        String[] ids = {"b825825c6756efef", "0000000000000000", "..%2F..", "x".repeat(2000), "%00", "%ED%A0%80",
                "1;drop%20table%20bulletin"};
        String suffix = i % 2 == 0 ? "" : "/text";
        return new Shot("query GET /api/bulletins/{id}" + suffix, "bulletin", "GET",
                query + "/api/bulletins/" + ids[i % ids.length] + suffix, Map.of(), null, false);
    }

    private Shot entities(int i) {
        String[] lists = {"persons", "organizations", "places"};
        String list = lists[i % 3];
        if (i % 2 == 0) {
            return new Shot("query GET /api/" + list, "entities", "GET", query + "/api/" + list + "?q="
                    + enc(hostileWord(i)) + "&limit=" + enc(hostileLimit(i)), Map.of(), null, false);
        }
        return new Shot("query GET /api/" + list + "/{name}", "entity", "GET",
                query + "/api/" + list + "/" + enc(hostileWord(i)).replace("+", "%20"), Map.of(), null, false);
    }

    private Shot facts(int i) {
        if (i % 3 == 0) {
            return new Shot("query GET /api/stats", "stats", "GET", query + "/api/stats?from=" + enc(hostileDate(i))
                    + "&to=" + enc(hostileDate(i + 1)), Map.of(), null, false);
        }
        String[] types = {"confirmed_cases", "", "x", "%00", "confirmed_cases'--"};
        String[] rollups = {"none", "county", "city", "province", "galaxy", ""};
        return new Shot("query GET /api/facts", "facts", "GET", query + "/api/facts?type=" + types[i % types.length]
                + "&place=" + enc(hostileWord(i)) + "&from=" + enc(hostileDate(i)) + "&to=" + enc(hostileDate(i + 3))
                + "&rollup=" + rollups[i % rollups.length], Map.of(), null, false);
    }

    private Shot deadLetters(int i) {
        Map<String, String> admin = i % 5 == 0 ? Map.of("X-Admin-Key", adminKey)
                : i % 5 == 1 ? Map.of("Authorization", "Bearer " + feedKey)
                : i % 5 == 2 ? Map.of() : Map.of("Authorization", "Bearer " + adminKey);
        String[] ids = {"1", "-1", "99999999999999999999", "abc", "0", "%00"};
        return switch (i % 3) {
            case 0 -> new Shot("query GET /api/admin/dead-letters", "dlq", "GET", query + "/api/admin/dead-letters?"
                    + "service=" + enc(hostileWord(i)) + "&sourceTopic=" + enc(hostileWord(i + 1)) + "&bulletinId="
                    + enc(hostileWord(i + 2)) + "&key=" + enc(hostileWord(i + 3)) + "&before="
                    + enc(hostileLimit(i + 1)) + "&limit=" + enc(hostileLimit(i)), admin, null, false);
            case 1 -> new Shot("query GET /api/admin/dead-letters/{id}", "dlq-id", "GET",
                    query + "/api/admin/dead-letters/" + ids[i % ids.length], admin, null, false);
            default -> new Shot("query POST /api/admin/dead-letters/{id}/retry", "dlq-retry", "POST",
                    query + "/api/admin/dead-letters/" + ids[i % ids.length] + "/retry", admin, null, false);
        };
    }

    private Shot dashboard(int i) {
        return switch (i % 5) {
            case 0 -> new Shot("query GET / and /app/* (dashboard)", "page", "GET", query + (i % 2 == 0 ? "/"
                    : "/app/main.js?x=" + enc(hostileWord(i))), Map.of(), null, false);
            case 1 -> new Shot("query GET /ui/api/config, /ui/api/activity", "ui", "GET",
                    query + "/ui/api/" + (i % 2 == 0 ? "config" : "activity"), Map.of(), null, false);
            default -> new Shot("query POST /ui/api/bulletins (forward)", "forward", "POST",
                    query + "/ui/api/bulletins", i % 2 == 0 ? Map.of("Content-Type", "text/plain; charset=utf-8")
                    : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + feedKey),
                    (i % 2 == 0 ? hostileText(i) : "{\"text\":" + jsonString(hostileText(i)) + ",\"source\":5}")
                            .getBytes(StandardCharsets.UTF_8), false);
        };
    }

    private Shot unknownRoutes(int i) {
        String[] methods = {"PUT", "DELETE", "PATCH", "OPTIONS", "GET", "POST", "TRACE"};
        String[] bases = {ingest, nlp, query};
        String[] paths = {"/api/bulletins", "/api/extract", "/api/articles", "/api/../../etc/passwd", "/api/admin",
                "/" + "a/".repeat(500), "/api/articles/%ff%fe", "/q/../api/articles", "/api/stream/articles"};
        String path = paths[(i / 3) % paths.length];
        return new Shot("any: unknown routes and methods", "route", methods[i % methods.length],
                bases[i % bases.length] + path, Map.of("Authorization", "Bearer " + feedKey), null,
                path.contains("/stream/"));
    }

    private String searchParams(int i, boolean paging) {
        List<String> params = new ArrayList<>();
        params.add("q=" + enc(hostileQuery(i)));
        if (random.nextBoolean()) {
            params.add("from=" + enc(hostileDate(i)));
        }
        if (random.nextBoolean()) {
            params.add("to=" + enc(hostileDate(i + 7)));
        }
        String[] filters = {"place", "person", "organization", "topic", "kind", "publication", "factType"};
        for (String filter : filters) {
            if (random.nextInt(4) == 0) {
                params.add(filter + "=" + enc(filter.equals("place") && random.nextBoolean()
                        ? new String[] {"411000", "41", "4110811", "999999", "000000000000", "c:411000"}[random.nextInt(6)]
                        : hostileWord(i + filter.length())));
            }
        }
        if (random.nextInt(3) == 0) {
            params.add("sort=" + new String[] {"relevance", "date", "stored", "random", "", "date;drop"}[random.nextInt(6)]);
        }
        if (paging && random.nextInt(3) == 0) {
            params.add("limit=" + enc(hostileLimit(i)));
        }
        if (paging && random.nextInt(4) == 0) {
            params.add("cursor=" + enc(new String[] {"cnwyMA", "////", "x".repeat(5000), "ZGF0ZXw5OTk5OS0wMS0wMXx4",
                    Base64.getUrlEncoder().encodeToString(randomBytes(60)), "%00"}[random.nextInt(6)]));
        }
        if (random.nextInt(4) == 0) {
            params.add("facets=" + new String[] {"false", "true", "maybe"}[random.nextInt(3)]);
        }
        return String.join("&", params);
    }

    private String hostileQuery(int i) {
        return switch (i % 16) {
            case 0 -> "疫情 防控";
            case 1 -> "雨";
            case 2 -> "的 了 在";
            case 3 -> "疫".repeat(150);
            case 4 -> "a b c d e f g h i j k l";
            case 5 -> "' or 1=1 --";
            case 6 -> "%_\\";
            case 7 -> "\u0000疫情";
            case 8 -> "\ud83d\udca9\ud83d\udca9 核酸";
            case 9 -> "\u200b\u200b\u200b";
            case 10 -> "<script>alert(1)</script>";
            case 11 -> "　　　";
            case 12 -> "史根治 " + "a".repeat(90);
            case 13 -> "\ud800 测试";
            case 14 -> "ＧＤＰ 增长";
            default -> "市疫情防控指挥部 通告";
        };
    }

    private String hostileWord(int i) {
        String[] words = {"史根治", "", " ", "\u0000", "a".repeat(300), "' or ''='", "%", "禹州市", "\ud83d\ude00",
                "..\\..", "许昌", "news", "notice", "confirmed_cases", "\u202e反转", "null", "-1"};
        return words[i % words.length];
    }

    private String hostileDate(int i) {
        String[] dates = {"2022-05-17", "99999-01-01", "2022-02-30", "-0001-01-01", "yesterday", "", "2022-5-7",
                "1970-01-01", "2022-05-17T00:00:00Z", "\u0000"};
        return dates[i % dates.length];
    }

    private String hostileLimit(int i) {
        String[] limits = {"20", "0", "-1", "200", "201", "99999999999", "abc", "1e3", "", "2147483648"};
        return limits[i % limits.length];
    }

    /** The hostile shapes of a bulletin's text, at sizes that stay under ingest's 5 MB limit. */
    private String hostileText(int i) {
        int size = 200 + random.nextInt(4000);
        return switch (i % 15) {
            case 0 -> "公告\n" + " ".repeat(size * 4) + "\n正文";
            case 1 -> "本报讯" + "。".repeat(size * 2);
            case 2 -> "本报讯 " + "(".repeat(size) + "疫情" + ")".repeat(size);
            case 3 -> "本报讯 " + "1234567890".repeat(size / 5);
            case 4 -> "标题\n\n" + "段\n\n".repeat(size);
            case 5 -> "本报讯 \u0000\u0001\u0002 控制字符 \u001b[2J";
            case 6 -> "\ud83d\ude37\ud83e\udda0 本报讯 疫情防控 \ud840\udc00\ud869\udea5".repeat(size / 40 + 1);
            case 7 -> "\u202e\u200f本报讯\u200d\u200c\ufeff 零宽字符".repeat(size / 20 + 1);
            case 8 -> "a\u0301\u0302\u0303\u0304".repeat(size / 5 + 1);
            case 9 -> "";
            case 10 -> " \n\t\u3000 \n";
            case 11 -> "本报讯（记者 " + "某".repeat(size) + "）会议召开。";
            case 12 -> "　　".repeat(size) + "\r\n\r\r\n" + "——".repeat(size / 2);
            case 13 -> "2022年5月17日" + "0时至24时，".repeat(size / 10) + "新增确诊病例" + "9".repeat(200) + "例。";
            default -> ordinaryBulletin(100_000 + i);
        };
    }

    private String shapeName(int i) {
        return String.valueOf(i % 15);
    }

    private static String ordinaryBulletin(int n) {
        return "市政府召开第" + n + "次常务会议\n\n本报讯 " + Instant.now().toEpochMilli() + "-" + n
                + " 市政府召开常务会议，研究部署疫情防控和经济运行工作。会议强调，要压紧压实各方责任。\n";
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON string literal, escaping what JSON requires and nothing else, lone surrogates included as \\u. */
    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
