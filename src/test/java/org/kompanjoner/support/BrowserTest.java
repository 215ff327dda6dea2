package org.kompanjoner.support;

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

    /** Fills in and sends the sign-in form the page shows. */
    protected static void fillSignIn(Page page, String email, String password) {
        page.fill("#email", email);
        page.fill("#password", password);
        page.click("main form button[type=submit]");
    }
}
