package org.bulletinpipeline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's Submit view on the whole pipeline as shipped: a bulletin pasted into the page served by
 * query-service goes through ingest-service and nlp-service and comes back to the same page as its articles.
 */
class DashboardIT {

    private static final LocatorAssertions.HasTextOptions PIPELINE = new LocatorAssertions.HasTextOptions()
            .setTimeout(120_000);

    private static ServiceProcess ingest;
    private static ServiceProcess nlp;
    private static ServiceProcess query;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        int ingestPort = freePort();
        // PipelineIT's consumer groups (its services have stopped by now): apart from ./run.sh's, and already near
        // the end of the shared topics, where a new group would first read their whole history
        nlp = ServiceProcess.start("nlp-service", freePort(), Map.of("kafka.bootstrap.servers", bootstrap,
                "mp.messaging.incoming.bulletins-raw.group.id", "nlp-service-e2e"));
        Map<String, String> queryProperties = new HashMap<>(Map.of("kafka.bootstrap.servers", bootstrap,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/bulletins_test",
                "dashboard.ingest-url", "http://localhost:" + ingestPort));
        for (String channel : List.of("articles-extracted", "bulletins-raw", "bulletins-dlq")) {
            queryProperties.put("mp.messaging.incoming." + channel + ".group.id", "query-service-e2e");
        }
        query = ServiceProcess.start("query-service", freePort(), queryProperties);
        ingest = ServiceProcess.start("ingest-service", ingestPort, Map.of("kafka.bootstrap.servers", bootstrap,
                "ingest.query-base-url", query.url("")));
        for (ServiceProcess service : List.of(nlp, query, ingest)) {
            service.awaitReady(Duration.ofSeconds(90));
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--headless")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        for (ServiceProcess service : new ServiceProcess[] {ingest, nlp, query}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void aBulletinPastedIntoTheDashboardComesBackAsItsArticles() {
        // a unique line makes this run's bulletin new to the shared broker and database
        String text = Samples.text(Samples.NAMES.get(2)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.navigate(query.url("/?view=submit"));
            page.getByLabel("API 密钥").fill(System.getenv().getOrDefault("BULLETIN_DEV_KEY", "local-dev-key"));
            page.getByLabel("公报全文").fill(text);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();

            assertThat(page.locator("#step-received")).hasText("已接收", PIPELINE);
            assertThat(page.locator("#step-processed")).hasText(java.util.regex.Pattern.compile("已处理:\\d+ 篇文章"),
                    PIPELINE);
            Locator first = page.locator("#follow-articles a.article-title").first();
            assertThat(first).containsText("史根治");

            first.click();
            assertThat(page.locator("h1#article-title")).containsText("史根治");
            assertThat(page.locator(".article .body")).containsText("市委书记");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
