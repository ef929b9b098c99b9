package org.bulletinpipeline.ingest.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county paper's feed served from a local HTTP server, polled by the subscription, with the real broker. */
@QuarkusTest
class FeedSubscriptionTest {

    private static final String RAW_TOPIC = "ingest-test.bulletins.raw";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FeedPoller poller;

    @Inject
    SubscriptionsConfig config;

    @Inject
    ObjectMapper json;

    private HttpServer server;
    private final List<String> items = new ArrayList<>();
    /** What each request sent as If-None-Match and what it was answered: "<etag or -> <status> <body bytes>". */
    private final List<String> exchanges = new CopyOnWriteArrayList<>();
    private volatile int failWith;
    private String run;

    @BeforeEach
    void serve() throws IOException {
        run = UUID.randomUUID().toString().substring(0, 8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss/yaowen.xml", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rss/yaowen.xml";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (failWith != 0) {
            exchange.sendResponseHeaders(failWith, -1);
            exchanges.add((sent == null ? "-" : sent) + " " + failWith + " 0");
            exchange.close();
            return;
        }
        byte[] feed = feed().getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed)) + "\"";
        if (etag.equals(sent)) {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            exchanges.add(sent + " 304 0");
        } else {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 17 May 2022 06:30:00 GMT");
            // served as many CMSs serve their feeds: the body says what it is
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
            exchanges.add((sent == null ? "-" : sent) + " 200 " + feed.length);
        }
        exchange.close();
    }

    private String feed() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>禹州日报 要闻</title><link>http://www.yzrb.com.cn/</link><description>要闻</description>"
                + "<language>zh-cn</language>");
        items.reversed().forEach(xml::append);
        return xml.append("</channel></rss>").toString();
    }

    private void publish(int n, String title) {
        items.add("<item><title>" + title + "</title><guid>http://www.yzrb.com.cn/html/" + run + "/content_" + n
                + ".htm</guid><pubDate>Tue, 17 May 2022 0" + (n % 10) + ":00:00 +0800</pubDate><description>本报讯 "
                + title + "，有关部门负责人介绍了工作进展和下一步安排。</description></item>");
    }

    @Test
    void aFeedGrownByThreeItemsGivesExactlyThreeBulletinsAndAnUnchangedFeedNoBody() {
        String name = "yzrb-" + run;
        try (TopicTail raw = TopicTail.open(RAW_TOPIC)) {
            publish(1, "全市疫情防控工作会议召开");
            publish(2, "城区新建三座停车场");
            PollResult first = poller.poll(name, url());
            assertEquals(2, first.accepted());
            raw.await(ofFeed(name), 2, WAIT);

            publish(3, "夏粮收购工作有序开展");
            publish(4, "禹州钧瓷文化节开幕");
            publish(5, "城乡居民医保参保缴费启动");
            PollResult second = poller.poll(name, url());
            assertEquals("changed", second.outcome());
            assertEquals(3, second.accepted());
            assertEquals(2, second.duplicates());
            raw.await(ofFeed(name), 5, WAIT);

            PollResult third = poller.poll(name, url());
            assertEquals("unchanged", third.outcome());
            List<ConsumerRecord<String, String>> all = raw.drain(ofFeed(name), Duration.ofSeconds(1));
            assertEquals(5, all.size(), "two bulletins, then exactly three more, then none");
        }
        // the third request carried the ETag of the second answer and got no body
        assertEquals(3, exchanges.size());
        assertTrue(exchanges.get(0).startsWith("- 200 "), exchanges.toString());
        String etag = poller.state(name, url()).etag();
        assertTrue(exchanges.get(1).contains(" 200 ") && !exchanges.get(1).startsWith(etag), exchanges.toString());
        assertEquals(etag + " 304 0", exchanges.get(2));
    }

    @Test
    void failuresBackOffAndTheStateSurvivesARestart() {
        String name = "yzrb-" + run;
        publish(1, "全市疫情防控工作会议召开");
        assertEquals(1, poller.poll(name, url()).accepted());
        FeedState answered = poller.state(name, url());

        failWith = 503;
        assertEquals("failed", poller.poll(name, url()).outcome());
        FeedState once = poller.state(name, url());
        assertEquals(1, once.failures());
        assertEquals(answered.etag(), once.etag(), "validators are kept through a failure");
        assertEquals(config.interval().multipliedBy(2), Duration.between(once.lastPolledAt(), once.nextPollAt()));
        poller.poll(name, url());
        FeedState twice = poller.state(name, url());
        assertEquals(config.interval().multipliedBy(4), Duration.between(twice.lastPolledAt(), twice.nextPollAt()));

        // what a restarted service reads back
        SubscriptionState reread = new SubscriptionState(config.stateFile(), json);
        assertEquals(twice, reread.get(name, url()));
        assertNull(reread.get(name, url() + "?moved").etag(), "a feed whose URL changed starts afresh");
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> ofFeed(String feed) {
        return r -> r.value() != null && r.value().contains("\"feed\":\"" + feed + "\"");
    }
}
