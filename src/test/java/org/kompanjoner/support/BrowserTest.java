package org.kompanjoner.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test in a real browser against the running server, whose mail goes to the test's SMTP server: one
 * Chromium for the whole class, a fresh profile for each page it opens.
 */
public abstract class BrowserTest extends ServerTest {

    protected static Browser browser;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A new page, signed in as {@code email} (with the test people's password). */
    protected Page signedIn(String email) {
        Page page = browser.newPage(true);
        page.navigate(url("/logga-in"));
        fillSignIn(page, email, TestPeople.PASSWORD);
        page.waitForURL(address -> !address.contains("/logga-in"));
        return page;
    }

    /** Nothing on the page is wider than the window, so nobody scrolls sideways (at 320 px, say). */
    protected static void assertNoSidewaysScrolling(Page page) {
        assertThat(((Number) page.evaluate(
                                "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .isLessThanOrEqualTo(0);
    }

    /** Fills in and sends the sign-in form the page shows. */
    protected static void fillSignIn(Page page, String email, String password) {
        page.fill("#email", email);
        page.fill("#password", password);
        page.click("main form button[type=submit]");
    }
}
