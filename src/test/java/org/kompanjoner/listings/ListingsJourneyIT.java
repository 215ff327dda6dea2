package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.support.Browser;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Posting a listing in a real browser, with axe on every page on the way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ListingsJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Credentials credentials;

    @Autowired
    PasswordEncoder passwords;

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aMemberPostsAListingAndSeesItWaitForReview() {
        String email = TestPeople.uniqueEmail("annonsor");
        credentials.createVerified("Greta Gran", email, passwords.encode(TestPeople.PASSWORD), Languages.SWEDISH);
        Page page = browser.newPage(true);
        page.navigate("http://localhost:" + port + "/annonser");
        assertAccessible(page);
        page.click("main a[href='/annonser/ny']");
        page.fill("#email", email);
        page.fill("#password", TestPeople.PASSWORD);
        page.click("main form button[type=submit]");
        assertThat(page.url()).contains("/annonser/ny");
        assertAccessible(page);

        page.click("button[value=submit]");
        assertThat(page.locator(".error-summary").textContent()).contains("Skriv en rubrik");
        assertAccessible(page);

        page.check("#direction-SEEKING");
        page.check("#category-COMPETENCE");
        page.fill("#title", "Söker kompetens inom kompetensförsörjning");
        page.fill("#summary", "Ett litet företag i Tranås söker en partner för rekrytering.");
        page.fill("#description", "Vi vill **samarbeta** med skolor och föreningar.");
        page.check("#challenges-8");
        page.check("#sectors-academia");
        page.fill("#tags", "rekrytering, praktik");
        page.check("#placeKind-MUNICIPALITY");
        page.selectOption("#municipality", "0687");
        page.fill("#expiresOn", LocalDate.now().plusDays(30).toString());
        page.click("button[value=submit]");
        assertThat(page.locator("h1").textContent()).isEqualTo("Söker kompetens inom kompetensförsörjning");
        assertThat(page.locator(".flash").textContent()).contains("granskas av en samordnare");
        assertAccessible(page);

        page.navigate("http://localhost:" + port + "/mina-annonser");
        assertThat(page.locator("main table").textContent()).contains("Väntar på granskning");
        assertAccessible(page);
        page.context().close();
    }
}
