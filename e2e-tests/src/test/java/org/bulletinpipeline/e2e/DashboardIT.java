package org.bulletinpipeline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
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
class DashboardIT extends PipelineTestBase {

    private static final LocatorAssertions.HasTextOptions PIPELINE = new LocatorAssertions.HasTextOptions()
            .setTimeout(120_000);

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--headless")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
    }

    @Test
    void aBulletinPastedIntoTheDashboardComesBackAsItsArticles() {
        // a unique line makes this run's bulletin new to the shared broker and database
        String text = Samples.text(Samples.NAMES.get(2)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.navigate(pipeline.url("query-service", "/?view=submit"));
            page.getByLabel("API 密钥").fill(Pipeline.FEED_KEY);
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
}
