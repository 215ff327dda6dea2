package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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

    @Autowired
    org.kompanjoner.listings.internal.Postings postings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

        // A coordinator approves it; another member finds it by a stemmed word and by a part of a compound.
        long id = jdbc.sql("select id from listings_listing where title = ?")
                .param("Söker kompetens inom kompetensförsörjning")
                .query(Long.class)
                .single();
        postings.approve(id, 1L);
        String memberEmail = TestPeople.uniqueEmail("svarare");
        credentials.createVerified("Hugo Svar", memberEmail, passwords.encode(TestPeople.PASSWORD), Languages.SWEDISH);
        Page member = browser.newPage(false);
        for (String query : List.of("rekryteringen", "försörjning")) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                member.navigate("http://localhost:" + port + "/annonser?q=" + query);
                assertThat(member.locator("#results").textContent())
                        .contains("Söker kompetens inom kompetensförsörjning");
            });
        }
        member.context().close();
        Page answering = browser.newPage(true);
        answering.navigate("http://localhost:" + port + "/annonser?q=kompetens&direction=SEEKING");
        assertAccessible(answering);
        answering.click("#results a[href='/annonser/" + id + "']");
        answering.click("main a[href^='/logga-in']");
        answering.fill("#email", memberEmail);
        answering.fill("#password", TestPeople.PASSWORD);
        answering.click("main form button[type=submit]");
        assertThat(answering.url()).contains("/annonser/" + id);
        assertAccessible(answering);
        answering.fill("#message", "Vi är en folkhögskola i Tranås och har deltagare som söker praktik.");
        answering.click("main form[action$='/intresse'] button[type=submit]");
        assertThat(answering.locator(".flash").textContent()).contains("Ditt intresse är skickat");
        assertAccessible(answering);

        page.navigate("http://localhost:" + port + "/annonser/" + id);
        page.click("main a[href^='/intressen/']");
        assertAccessible(page);
        page.click("main form[action$='/acceptera'] button");
        assertThat(page.locator("main").textContent()).contains(memberEmail);
        page.fill("#body", "Välkomna! Ring mig gärna.");
        page.click("main form[action$='/meddelanden'] button");
        assertThat(page.locator(".messages").textContent()).contains("Ring mig gärna");
        assertAccessible(page);

        answering.reload();
        assertThat(answering.locator("main").textContent()).contains(email).contains("Ring mig gärna");
        answering.context().close();
        page.context().close();
    }
}
