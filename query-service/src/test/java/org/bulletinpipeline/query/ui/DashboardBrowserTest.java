package org.bulletinpipeline.query.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser against the real query-service, Kafka and PostgreSQL. Bulletins go in through the
 * Submit view to {@link PipelineStub}, which publishes what ingest and nlp would; every step asserts what the page
 * shows.
 */
@QuarkusTest
@WithTestResource(PipelineStub.class)
class DashboardBrowserTest {

    /** Kafka to PostgreSQL to the page, including the consumers' first join of their groups on a busy broker. */
    private static final double PIPELINE_MS = 60_000;

    private static Browsers browsers;

    @TestHTTPResource("/")
    URL root;

    @ConfigProperty(name = "mp.messaging.incoming.bulletins-raw.topic")
    String rawTopic;

    @ConfigProperty(name = "mp.messaging.incoming.articles-extracted.topic")
    String articlesTopic;

    @ConfigProperty(name = "mp.messaging.incoming.bulletins-dlq.topic")
    String deadLetterTopic;

    @BeforeAll
    static void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(PIPELINE_MS);
        browsers = new Browsers();
    }

    @AfterAll
    static void shutDown() {
        browsers.close();
    }

    @Test
    void aSubmittedBulletinFlowsThroughEveryView() throws Exception {
        SampleBulletin sample = SampleBulletin.fresh();
        String deadReason = "extraction failed: 测试死信 " + UUID.randomUUID().toString().substring(0, 8);
        String deadId = publishDeadLetter(deadReason);
        try (BrowserContext context = browsers.freshContext()) {
            // the page runs under the service's Content-Security-Policy: anything it refuses is a console error
            List<String> refused = new CopyOnWriteArrayList<>();
            context.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    refused.add(message.text());
                }
            });
            Page live = context.newPage();
            live.navigate(url("view=live"));
            assertThat(live.locator("#arrivals .state.loading")).hasCount(0);

            // Submit, from a second tab, by keyboard-filled form
            Page submit = context.newPage();
            submit.navigate(url("view=submit"));
            submit.getByLabel("API 密钥").fill(PipelineStub.API_KEY);
            submit.getByLabel("公报全文").fill(sample.text());
            submit.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("提交")).click();
            assertThat(submit.locator("#step-processed")).hasText("已处理:2 篇文章");
            assertThat(submit.locator("#follow-articles")).containsText(sample.firstTitle());
            assertThat(submit.locator("#follow-articles")).containsText(sample.secondTitle());
            String bulletinId = submit.locator("#progress h2 code").textContent();
            Browsers.screenshots(submit, "submit");

            // Live: the new articles arrive in the open tab without a reload, with the bulletin's status
            assertThat(live.locator("#arrivals")).containsText(sample.firstTitle());
            assertThat(live.locator("#arrivals")).containsText(sample.secondTitle());
            assertThat(live.locator("#mine tr[data-bulletin-id='" + bulletinId + "'] .status")).hasText("已处理");
            assertThat(live.locator("#dead-letters tr[data-bulletin-id='" + deadId + "']")).containsText(deadReason);
            assertThat(live.locator("#hourly-summary")).containsText(Pattern.compile("近 24 小时共入库 [1-9]\\d* 篇"));
            assertThat(live.locator("#hourly svg")).hasCount(1);
            Browsers.screenshots(live, "live");
            live.close();

            // Search: typed and sent with Enter; the person is marked in the hit; a place facet narrows it
            Page page = submit;
            page.navigate(url("view=search"));
            Locator query = page.getByLabel("关键词");
            query.fill(sample.person());
            query.press("Enter");
            Locator hit = page.locator(".results .article-item").filter(new Locator.FilterOptions()
                    .setHasText(sample.firstTitle()));
            assertThat(hit).hasCount(1);
            assertThat(hit.locator("mark").first()).hasText(sample.person());
            assertThat(page.locator(".facet[data-facet=place]")).containsText(SampleBulletin.PLACE);
            assertTrue(page.url().contains("q=" + URLEncoder.encode(sample.person(), StandardCharsets.UTF_8)));
            page.locator(".facet[data-facet=place] a", new Page.LocatorOptions().setHasText(SampleBulletin.PLACE))
                    .first().click();
            assertThat(page.locator(".chips")).containsText("地点:" + SampleBulletin.PLACE);
            assertThat(hit).hasCount(1);
            Browsers.screenshots(page, "search");

            // Article: headline, byline, dateline; person, place, organization, date and figure marked where they stand
            hit.locator("a.article-title").click();
            assertThat(page.locator("h1#article-title")).hasText(sample.firstTitle());
            assertThat(page.locator(".bylines")).containsText("记者 " + SampleBulletin.REPORTER);
            assertThat(page.locator(".dateline")).containsText("2022-05-16");
            // the page carries its schema.org NewsArticle markup
            assertThat(page.locator("script#article-jsonld")).hasCount(1);
            String jsonLd = page.locator("script#article-jsonld").textContent();
            assertTrue(jsonLd.contains("\"@type\":\"NewsArticle\"") && jsonLd.contains(sample.firstTitle()), jsonLd);
            Locator body = page.locator(".article .body");
            assertThat(body.locator("a.ent.person", new Locator.LocatorOptions().setHasText(sample.person())))
                    .hasCount(2);
            assertThat(body.locator("a.ent.place").first()).hasText(SampleBulletin.PLACE);
            assertThat(body.locator("a.ent.organization")).hasText(SampleBulletin.ORGANIZATION);
            assertThat(body.locator(".ent.date").first()).hasText("5月16日");
            assertThat(body.locator("a.ent.figure")).hasText("4");
            assertThat(body.locator("q.quote")).containsText("行百里者半九十");
            assertThat(page.locator(".article-side")).containsText(sample.secondTitle());
            // the received page, this article's span marked and the next article's title outside it
            assertThat(page.locator("#raw-page #article-span")).containsText(sample.firstTitle());
            assertThat(page.locator("#raw-page #article-span")).not().containsText(sample.secondTitle());
            assertThat(page.locator("#raw-page pre")).containsText(sample.secondTitle());
            Browsers.screenshots(page, "article");

            // Person profile from the highlighted name: it lists the article and the title the text gives
            body.locator("a.ent.person", new Locator.LocatorOptions().setHasText(sample.person())).first().click();
            assertThat(page.locator("main h1")).hasText(sample.person());
            assertThat(page.locator(".article-list")).containsText(sample.firstTitle());
            assertThat(page.locator(".article-list")).containsText(sample.secondTitle());
            assertThat(page.locator(".timeline")).containsText("市委书记");
            assertThat(page.locator("#co-h + h3 + ul")).containsText(SampleBulletin.REPORTER);
            Browsers.screenshots(page, "person");

            // place and organization profiles: other runs' articles about them may fill the newest-first lists, so
            // these check what is the same whatever else the database holds
            page.navigate(url("view=place&name=" + enc(SampleBulletin.PLACE)));
            assertThat(page.locator("main h1")).hasText(SampleBulletin.PLACE);
            assertThat(page.locator(".profile-head .meta")).containsText("区划代码 411081");
            assertThat(page.locator(".breadcrumbs")).hasText(
                    Pattern.compile("^河南省? › " + SampleBulletin.CITY + " › " + SampleBulletin.PLACE + "$"));
            assertThat(page.locator(".article-list .article-item").first()).isVisible();
            Browsers.screenshots(page, "place");

            page.navigate(url("view=organization&name=" + enc(SampleBulletin.ORGANIZATION)));
            assertThat(page.locator("main h1")).hasText(SampleBulletin.ORGANIZATION);
            assertThat(page.locator(".article-list .article-item").first()).isVisible();
            Browsers.screenshots(page, "organization");

            // Figures: the place's confirmed cases drawn as points; hovering one shows its evidence sentence
            page.navigate(url("view=figures&type=confirmed_cases&place=" + enc(SampleBulletin.PLACE)
                    + "&from=2022-05-16&to=2022-05-17"));
            Locator chart = page.locator(".figure-panel[data-type=confirmed_cases] .chart");
            assertThat(chart.locator("svg")).hasCount(1);
            assertThat(page.locator(".figure-panel table")).containsText("2022-05-17");
            assertThat(page.locator(".figure-panel table")).containsText(SampleBulletin.PLACE);
            hoverLastPoint(page, chart);
            assertThat(page.locator(".fig-tooltip")).containsText("新增本土确诊病例");
            assertThat(page.locator(".fig-tooltip")).containsText(SampleBulletin.PLACE);
            Browsers.screenshots(page, "figures");
            assertEquals(List.of(), refused, "what the Content-Security-Policy refused on the way");
        }
    }

    @Test
    void aDeepLinkInAFreshBrowserShowsThePersonsArticlesWithoutAClick() throws Exception {
        SampleBulletin sample = SampleBulletin.fresh();
        String bulletinId = PipelineStub.publish(new PipelineStub.Topics(rawTopic, articlesTopic, deadLetterTopic),
                sample.text(), root.toURI());
        await().atMost(Duration.ofMillis((long) PIPELINE_MS)).untilAsserted(() -> given().get("/api/bulletins/" + bulletinId)
                .then().body("status", equalTo("processed")));
        try (BrowserContext context = browsers.freshContext()) {
            Page page = context.newPage();
            page.navigate(url("q=" + enc(sample.person())));
            Locator results = page.locator(".results .article-list");
            LocatorAssertions.ContainsTextOptions fewSeconds = new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(5_000);
            assertThat(results).containsText(sample.firstTitle(), fewSeconds);
            assertThat(results).containsText(sample.secondTitle(), fewSeconds);
            assertThat(page.getByLabel("关键词")).hasValue(sample.person());
        }
    }

    @Test
    void failedCallsShowAMessageNotABlankPage() {
        try (BrowserContext context = browsers.freshContext()) {
            Page page = context.newPage();
            page.navigate(url("view=article&bulletin=nosuchbulletin00&ordinal=0"));
            assertThat(page.locator("main .state.error")).containsText("读取文章失败:未找到");

            page.route("**/ui/api/activity", route -> route.fulfill(new Route.FulfillOptions().setStatus(500)
                    .setContentType("application/problem+json")
                    .setBody("{\"title\":\"Internal Server Error\",\"detail\":\"database down\"}")));
            page.navigate(url("view=live"));
            assertThat(page.locator("#bulletins .state.error")).containsText("读取公报状态失败:服务返回 500:database down");

            page.navigate(url("view=nosuchview"));
            assertThat(page.locator("main .state.error")).containsText("没有名为“nosuchview”的页面");
        }
    }

    @Test
    void submitWithAWrongKeySaysSo() {
        try (BrowserContext context = browsers.freshContext()) {
            Page page = context.newPage();
            page.navigate(url("view=submit"));
            page.getByLabel("API 密钥").fill("wrong-key");
            page.getByLabel("公报全文").fill("测试公报");
            page.getByLabel("API 密钥").press("Enter");
            assertThat(page.locator("#progress .state.error")).containsText("提交失败:服务返回 401");
            assertThat(page.locator("#progress .state.error")).containsText("API 密钥不对");
        }
    }

    private static void hoverLastPoint(Page page, Locator chart) {
        BoundingBox box = chart.boundingBox();
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) chart.evaluate("el => {"
                + " const c = echarts.getInstanceByDom(el); const data = c.getOption().series[0].data;"
                + " const [x, y] = c.convertToPixel({seriesIndex: 0}, data[data.length - 1].value);"
                + " return {x, y}; }");
        page.mouse().move(box.x + at.get("x").doubleValue(), box.y + at.get("y").doubleValue());
    }

    private String publishDeadLetter(String reason) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String received = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "dashboard-test"), "text", "无法分析的公报"));
        KafkaTestConfig.produce(rawTopic, id, received);
        // as in the pipeline, the failure is reported after the receipt is stored
        PipelineStub.awaitStored(root.toURI(), id);
        KafkaTestConfig.produce(deadLetterTopic, id, json.writeValueAsString(Map.of("schemaVersion", 1,
                "bulletinId", id, "service", "nlp-service", "reason", reason, "failedAt", Instant.now().toString(),
                "payload", received)));
        return id;
    }

    private String url(String query) {
        return URI.create(root.toString()).resolve("/?" + query).toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
