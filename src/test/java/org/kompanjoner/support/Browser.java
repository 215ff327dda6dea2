package org.kompanjoner.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Headless Chromium for the browser tests. A system Chromium is used when there is one (set
 * KOMPANJONER_CHROMIUM, or /usr/bin/chromium), and Playwright never downloads a browser of its own then.
 */
public final class Browser implements AutoCloseable {

    static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path chromium = systemChromium();
        Map<String, String> env = chromium == null ? Map.of() : Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        if (chromium != null) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    private static Path systemChromium() {
        String configured = System.getenv("KOMPANJONER_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }

    /** A fresh browser profile (no cookies), as a new visitor has. */
    public Page newPage(boolean javaScript) {
        Page page = browser.newContext(
                        new NewContextOptions().setJavaScriptEnabled(javaScript).setLocale("sv-SE"))
                .newPage();
        // A missing element fails the step within half a minute, naming it, rather than the whole test later;
        // a busy machine may need that long for a page that takes a second when it is quiet.
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Runs axe (WCAG 2.1 A and AA rules) on the page and fails on any violation. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
