package org.bulletinpipeline.query.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;

/**
 * Debian's headless Chromium driven by Playwright, with the desktop and phone sizes the dashboard is checked at and
 * the screenshots the tests leave in docs/screenshots for the README and docs/dashboard.md.
 */
final class Browsers implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 768;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    /** Surefire runs in the module folder; the screenshots belong to the repository's docs. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir")).resolve("../docs/screenshots").normalize();

    private final Playwright playwright;
    private final Browser browser;

    Browsers() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--headless")));
    }

    /** A fresh profile (no cookies, no storage, no cache), as a first-time visitor has; reduced motion keeps charts still. */
    BrowserContext freshContext() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setReducedMotion(ReducedMotion.REDUCE));
    }

    /** {@code name}-desktop.png at 1366×768 and {@code name}-phone.png at 390 wide, the page as it stands now. */
    /**
     * Desktop and phone screenshots of the page as it stands. Playwright hides the caret and stops animations by
     * injecting a style element, which the dashboard's Content-Security-Policy refuses (and the browser test counts
     * as a refusal): the page has neither animations nor a focused field at these points, so both are left alone.
     */
    static void screenshots(Page page, String name) {
        page.screenshot(options(name + "-desktop.png"));
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.screenshot(options(name + "-phone.png").setFullPage(true));
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    private static Page.ScreenshotOptions options(String file) {
        return new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file))
                .setAnimations(ScreenshotAnimations.ALLOW).setCaret(ScreenshotCaret.INITIAL);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
