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
    static void screenshots(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                .setAnimations(ScreenshotAnimations.DISABLED));
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png"))
                .setAnimations(ScreenshotAnimations.DISABLED).setFullPage(true));
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
