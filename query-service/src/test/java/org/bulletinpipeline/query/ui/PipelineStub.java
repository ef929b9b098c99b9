package org.bulletinpipeline.query.ui;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stands in for ingest-service and nlp-service, which do not run inside the query-service test: it answers the
 * Submit view's POST /api/bulletins like ingest (Bearer key, 202 with the bulletinId) and publishes what the two
 * services would, contract-checked: BulletinReceived, then one ArticleExtracted per blank-line-separated article,
 * its entities found by a few rules that fit {@link SampleBulletin}.
 * <p>
 * The events go to topics of this run's own on the real broker, which the query-service under test is pointed at:
 * on a broker shared with other runs and load tests, the common topics can hold a backlog that would otherwise
 * delay this test's bulletins by minutes.
 */
public class PipelineStub implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "dashboard-test-key";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLED_PERSON = Pattern.compile("市委书记(\\p{IsHan}{3})(?=强调|说|要求|,)");
    private static final Pattern REPORTER = Pattern.compile("记者 (\\p{IsHan}{2,3})\\)");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CONFIRMED = Pattern.compile("(\\d{1,2})月(\\d{1,2})日,(\\p{IsHan}{2,4}[市县区])新增本土确诊病例(\\d+)例。");
    private static final Pattern QUOTE = Pattern.compile("“([^”]+)”(\\p{IsHan}{2,3})说");
    private static final Map<String, String[]> PLACES = Map.of(
            SampleBulletin.PLACE, new String[] {"county", "411081"},
            SampleBulletin.CITY, new String[] {"city", "411000"});

    /** The three topics of one run, named after the shared ones. */
    record Topics(String raw, String articles, String deadLetters) {

        static Topics ofRun(String run) {
            return new Topics("bulletins.raw." + run, "articles.extracted." + run, "bulletins.dlq." + run);
        }

        List<String> all() {
            return List.of(raw, articles, deadLetters);
        }
    }

    private HttpServer server;
    private Topics topics;

    @Override
    public Map<String, String> start() {
        String run = "ui-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        topics = Topics.ofRun(run);
        try (Admin admin = admin()) {
            admin.createTopics(topics.all().stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server.createContext("/api/bulletins", this::handle);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("dashboard.ingest-url", "http://127.0.0.1:" + server.getAddress().getPort());
        config.put("mp.messaging.incoming.bulletins-raw.topic", topics.raw());
        config.put("mp.messaging.incoming.articles-extracted.topic", topics.articles());
        config.put("mp.messaging.incoming.bulletins-dlq.topic", topics.deadLetters());
        config.put("mp.messaging.outgoing.bulletins-dlq-out.topic", topics.deadLetters());
        // a group per channel: joining one group with three differently subscribed members costs rebalances
        for (String channel : List.of("bulletins-raw", "articles-extracted", "bulletins-dlq")) {
            config.put("mp.messaging.incoming." + channel + ".group.id", "query-service-" + run + "-" + channel);
        }
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
        try (Admin admin = admin()) {
            admin.deleteTopics(topics.all()).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestConfig.bootstrapServers()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String text;
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, "application/problem+json", Map.of("type", "unauthorized", "title",
                        "Unauthorized", "status", 401, "detail", "No valid API key."));
                return;
            }
            text = new String(exchange.getRequestBody().readAllBytes(),
                    charsetOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            reply(exchange, 202, "application/json", Map.of("bulletinId", idOf(text), "duplicate", false));
        }
        // like ingest, answer once the bulletin is handed on; the "extraction" follows, as nlp-service's would
        Thread.currentThread().setContextClassLoader(PipelineStub.class.getClassLoader());
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        publish(topics, text, URI.create("http://localhost:" + port));
    }

    private static Charset charsetOf(String contentType) {
        Matcher m = Pattern.compile("charset=([\\w-]+)").matcher(contentType == null ? "" : contentType);
        return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    }

    private static void reply(HttpExchange exchange, int status, String type, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /**
     * Publishes the bulletin, then its articles once query-service has stored the bulletin, in the order the real
     * pipeline produces them (nlp takes its time); returns the bulletin's id.
     */
    static String publish(Topics topics, String text, URI queryService) throws IOException {
        String bulletinId = idOf(text);
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("schemaVersion", 1);
        received.put("bulletinId", bulletinId);
        received.put("receivedAt", Instant.now().toString());
        received.put("source", Map.of("feed", "dashboard-test", "publication", "禹州通讯"));
        received.put("text", text);
        KafkaTestConfig.produce(topics.raw(), bulletinId, checked(EventSchema.BULLETIN_RECEIVED_V1, received));
        awaitStored(queryService, bulletinId);
        List<int[]> articles = articleSpans(text);
        Instant run = Instant.now();
        for (int ordinal = 0; ordinal < articles.size(); ordinal++) {
            Map<String, Object> event = article(text, bulletinId, ordinal, articles.size(), articles.get(ordinal), run);
            KafkaTestConfig.produce(topics.articles(), bulletinId, checked(EventSchema.ARTICLE_EXTRACTED_V1, event));
        }
        return bulletinId;
    }

    static void awaitStored(URI queryService, String bulletinId) {
        HttpRequest get = HttpRequest.newBuilder(queryService.resolve("/api/bulletins/" + bulletinId)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }
    }

    private static String checked(EventSchema contract, Map<String, Object> event) throws IOException {
        String value = JSON.writeValueAsString(event);
        Set<String> violations = contract.violations(value);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the stub built an invalid event: " + violations);
        }
        return value;
    }

    private static String idOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Articles are separated by a blank line; each span runs from its title to its last character. */
    private static List<int[]> articleSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            String part = text.substring(start, end).strip();
            if (!part.isEmpty()) {
                int from = text.indexOf(part, start);
                spans.add(new int[] {from, from + part.length()});
            }
            start = end + 2;
        }
        return spans;
    }

    /** One article of a pipeline run; every article of the run carries the run's processedAt. */
    private static Map<String, Object> article(String text, String bulletinId, int ordinal, int count, int[] span,
                                               Instant run) {
        String part = text.substring(span[0], span[1]);
        int titleEnd = part.indexOf('\n');
        String title = part.substring(0, titleEnd);
        String body = part.substring(titleEnd + 1);
        int bodyStart = span[0] + titleEnd + 1;

        Set<String> persons = new LinkedHashSet<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        List<Map<String, String>> bylines = new ArrayList<>();
        Matcher reporter = REPORTER.matcher(body);
        while (reporter.find()) {
            persons.add(reporter.group(1));
            titles.computeIfAbsent(reporter.group(1), k -> new ArrayList<>()).add("记者");
            bylines.add(Map.of("role", "reporter", "name", reporter.group(1)));
        }
        Matcher titled = TITLED_PERSON.matcher(text);
        while (titled.find()) {
            if (body.contains(titled.group(1))) {
                persons.add(titled.group(1));
                titles.computeIfAbsent(titled.group(1), k -> new ArrayList<>()).add("市委书记");
            }
        }
        List<Map<String, Object>> personList = new ArrayList<>();
        for (String name : persons) {
            personList.add(Map.of("name", name, "titles", titles.get(name).stream().distinct().toList(),
                    "mentions", spans(body, bodyStart, name).size(), "spans", spans(body, bodyStart, name)));
        }
        List<Map<String, Object>> places = new ArrayList<>();
        PLACES.forEach((name, levelAndCode) -> {
            if (body.contains(name)) {
                places.add(Map.of("name", name, "level", levelAndCode[0], "code", levelAndCode[1],
                        "mentions", spans(body, bodyStart, name).size(), "spans", spans(body, bodyStart, name)));
            }
        });
        List<Map<String, Object>> organizations = new ArrayList<>();
        if (body.contains(SampleBulletin.ORGANIZATION)) {
            organizations.add(Map.of("name", SampleBulletin.ORGANIZATION, "mentions", 1,
                    "spans", spans(body, bodyStart, SampleBulletin.ORGANIZATION)));
        }
        List<Map<String, Object>> dates = new ArrayList<>();
        Matcher date = DATE.matcher(body);
        while (date.find()) {
            dates.add(Map.of("text", date.group(), "date", isoDate(date.group(1), date.group(2)),
                    "spans", List.of(Map.of("start", bodyStart + date.start(), "end", bodyStart + date.end()))));
        }
        List<Map<String, Object>> facts = new ArrayList<>();
        Matcher confirmed = CONFIRMED.matcher(body);
        while (confirmed.find()) {
            facts.add(Map.of("type", "confirmed_cases", "place", confirmed.group(3),
                    "date", isoDate(confirmed.group(1), confirmed.group(2)),
                    "value", Integer.parseInt(confirmed.group(4)), "evidence", confirmed.group()));
        }
        List<Map<String, Object>> quotes = new ArrayList<>();
        Matcher quote = QUOTE.matcher(body);
        while (quote.find()) {
            quotes.add(Map.of("speaker", quote.group(2), "text", quote.group(1)));
        }

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("schemaVersion", 1);
        event.put("articleId", bulletinId + "-" + ordinal);
        event.put("bulletinId", bulletinId);
        event.put("ordinal", ordinal);
        event.put("articleCount", count);
        event.put("masthead", Map.of("publication", "禹州通讯", "publishedOn", "2022-05-17"));
        event.put("source", Map.of("feed", "dashboard-test"));
        event.put("kind", "news");
        event.put("kicker", null);
        event.put("title", title);
        event.put("subtitle", null);
        event.put("bylines", bylines);
        event.put("dateline", dates.isEmpty() ? null : dates.get(0).get("date"));
        event.put("body", body);
        event.put("span", Map.of("start", span[0], "end", span[1]));
        event.put("persons", personList);
        event.put("places", places);
        event.put("organizations", organizations);
        event.put("dates", dates);
        event.put("facts", facts);
        event.put("quotes", quotes);
        event.put("keywords", List.of("疫情防控", "零新增"));
        event.put("summary", title + "。");
        event.put("topics", List.of("疫情防控"));
        event.put("pipeline", Map.of("version", "dashboard-test", "processedAt", run.toString()));
        return event;
    }

    private static List<Map<String, Integer>> spans(String body, int bodyStart, String name) {
        List<Map<String, Integer>> spans = new ArrayList<>();
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
            spans.add(Map.of("start", bodyStart + at, "end", bodyStart + at + name.length()));
        }
        return spans;
    }

    private static String isoDate(String month, String day) {
        return "2022-%02d-%02d".formatted(Integer.parseInt(month), Integer.parseInt(day));
    }
}
