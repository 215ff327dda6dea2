package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The marketplace from end to end in a real browser, with axe on every page on the way and every mail
 * read from a real SMTP server: a member posts a listing, it waits for review, a coordinator approves it
 * in the queue, another member finds it (also without JavaScript), answers it, the owner accepts, both
 * see each other's contact details and write, and the owner marks it fulfilled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ListingsJourneyIT extends BrowserTest {

    static final String TITLE = "Söker kompetens inom kompetensförsörjning";

    void signIn(Page page, String email, String password) {
        fillSignIn(page, email, password);
    }

    /** The {@code number}th mail to {@code email}: its subject checked, its link into the site followed. */
    void followMail(Page page, String email, int number, String subject, String pathPart) {
        MimeMessage mail = TestMailServer.awaitMail(email, number);
        assertThat(TestMailServer.subject(mail)).contains(subject);
        page.navigate(url(TestMailServer.pathOf(TestMailServer.link(mail, pathPart))));
    }

    @Test
    void aListingGoesFromPostingThroughReviewAndInterestToAPartnerFound() {
        String ownerEmail = person("Greta Gran", "annonsor");
        String memberEmail = person("Hugo Svar", "svarare");
        // A coordinator and nothing more: the review queue is theirs, not only the administrator's.
        String coordinatorEmail = person("Cilla Samordnare", "samordnare", Role.COORDINATOR);

        // The owner posts, first with a mistake; a first listing waits for review.
        Page owner = browser.newPage(true);
        owner.navigate(url("/annonser"));
        assertAccessible(owner);
        owner.click("main a[href='/annonser/ny']");
        signIn(owner, ownerEmail, TestPeople.PASSWORD);
        assertThat(owner.url()).contains("/annonser/ny");
        assertAccessible(owner);
        owner.click("button[value=submit]");
        assertThat(owner.locator(".error-summary").textContent()).contains("Skriv en rubrik");
        assertAccessible(owner);
        owner.check("#direction-SEEKING");
        owner.check("#category-COMPETENCE");
        owner.fill("#title", TITLE);
        owner.fill("#summary", "Ett litet företag i Tranås söker en partner för rekrytering.");
        owner.fill("#description", "Vi vill **samarbeta** med skolor och föreningar.");
        owner.check("#challenges-8");
        owner.check("#sectors-academia");
        owner.fill("#tags", "rekrytering, praktik");
        owner.check("#placeKind");
        owner.selectOption("#municipality", "0687");
        owner.fill("#expiresOn", LocalDate.now().plusDays(30).toString());
        owner.click("button[value=submit]");
        assertThat(owner.locator("h1").textContent()).isEqualTo(TITLE);
        assertThat(owner.locator(".flash").textContent()).contains("granskas av en samordnare");
        assertAccessible(owner);
        owner.navigate(url("/mina-annonser"));
        assertThat(owner.locator("main table").textContent()).contains("Väntar på granskning");
        assertAccessible(owner);
        long id = jdbc.sql("select id from listings_listing where title = ?")
                .param(TITLE)
                .query(Long.class)
                .single();

        // Nobody else sees it yet; the coordinator approves it from the review queue.
        Page visitor = browser.newPage(false);
        visitor.navigate(url("/annonser/" + id));
        assertThat(visitor.locator("h1").textContent()).doesNotContain(TITLE);
        visitor.context().close();
        Page coordinator = browser.newPage(true);
        coordinator.navigate(url("/logga-in"));
        signIn(coordinator, coordinatorEmail, TestPeople.PASSWORD);
        coordinator.navigate(url("/admin/granskning"));
        assertThat(coordinator.locator("main").textContent()).contains(TITLE);
        assertAccessible(coordinator);
        coordinator.click("form[action='/admin/granskning/annons/" + id + "/godkann'] button");
        assertThat(coordinator.locator(".flash").count()).isEqualTo(1);
        assertThat(coordinator.locator("main").textContent()).doesNotContain(TITLE);
        assertAccessible(coordinator);
        coordinator.context().close();
        followMail(owner, ownerEmail, 1, "är publicerad", "/annonser/" + id);
        assertThat(owner.locator("h1").textContent()).isEqualTo(TITLE);

        // Another member finds it by an inflected word and by a part of a compound, without JavaScript…
        Page noScript = browser.newPage(false);
        for (String query : List.of("rekryteringen", "försörjning")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                noScript.navigate(url("/annonser?q=" + query));
                assertThat(noScript.locator("#results").textContent()).contains(TITLE);
            });
        }
        // axe runs in the page's JavaScript, so it checks this search page in the next step, with it on.
        noScript.context().close();
        // …and with it, narrowing by a facet, then answers it after signing in.
        Page answering = browser.newPage(true);
        answering.navigate(url("/annonser?q=kompetens"));
        // Results are swapped in after the request: the checks below wait for them (Playwright retries).
        answering.focus("#direction");
        answering.selectOption("#direction", "OFFERING");
        PlaywrightAssertions.assertThat(answering.locator("#results-title")).hasText("Inga annonser");
        assertThat(answering.locator("#results").textContent()).doesNotContain(TITLE);
        assertThat(answering.url()).contains("direction=OFFERING");
        // The form was replaced with the results; the keyboard stays on the list that was changed.
        assertThat(answering.evaluate("document.activeElement.id")).isEqualTo("direction");
        // The count is announced from a status element that stays in place while the results are swapped,
        // and the facet lists beside the results show the new counts too.
        assertThat(answering.locator("#results-status").textContent()).isEqualTo("Inga annonser");
        assertThat(answering.locator("#category option[value=COMPETENCE]").textContent())
                .endsWith("(0)");
        answering.selectOption("#direction", "SEEKING");
        PlaywrightAssertions.assertThat(answering.locator("#results a[href='/annonser/" + id + "']"))
                .isVisible();
        assertThat(answering.locator("#results-status").textContent())
                .isEqualTo(answering.locator("#results-title").textContent());
        assertAccessible(answering);
        answering.click("#results a[href='/annonser/" + id + "']");
        assertAccessible(answering);
        answering.click("main a[href^='/logga-in']");
        signIn(answering, memberEmail, TestPeople.PASSWORD);
        assertThat(answering.url()).contains("/annonser/" + id);
        answering.fill("#message", "Vi är en folkhögskola i Tranås och har deltagare som söker praktik.");
        answering.click("main form[action$='/intresse'] button[type=submit]");
        assertThat(answering.locator(".flash").textContent()).contains("Ditt intresse är skickat");
        assertThat(answering.locator("main").textContent()).doesNotContain(ownerEmail);
        assertAccessible(answering);

        // The owner hears of it by mail and in the app, and accepts.
        owner.reload();
        // One notice says the listing was published, the other that someone is interested.
        assertThat(owner.locator("header .count").textContent()).startsWith("2");
        owner.click("header a[href='/notiser']");
        assertThat(owner.locator("main .notices").textContent()).contains("intresserad av din annons");
        assertAccessible(owner);
        followMail(owner, ownerEmail, 2, "intresserad av din annons", "/intressen/");
        assertThat(owner.locator("main").textContent())
                .contains("folkhögskola i Tranås")
                .doesNotContain(memberEmail);
        assertAccessible(owner);
        owner.click("main form[action$='/acceptera'] button");
        assertThat(owner.locator("main").textContent()).contains(memberEmail).contains("Hugo Svar");
        assertAccessible(owner);

        // The member is told by mail, sees the owner's details and writes; the owner answers.
        followMail(answering, memberEmail, 1, "är accepterat", "/intressen/");
        assertThat(answering.locator("main").textContent()).contains(ownerEmail).contains("Greta Gran");
        answering.fill("#body", "Tack! Passar tisdag klockan tio?");
        answering.click("main form[action$='/meddelanden'] button");
        assertThat(answering.locator(".messages").textContent()).contains("Passar tisdag");
        assertAccessible(answering);
        followMail(owner, ownerEmail, 3, "Nytt meddelande", "/intressen/");
        assertThat(owner.locator(".messages").textContent()).contains("Passar tisdag");
        owner.fill("#body", "Tisdag passar fint. Välkomna!");
        owner.click("main form[action$='/meddelanden'] button");
        assertThat(owner.locator(".messages").textContent()).contains("Tisdag passar fint");
        followMail(answering, memberEmail, 2, "Nytt meddelande", "/intressen/");
        assertThat(answering.locator(".messages").textContent()).contains("Tisdag passar fint");

        // The owner marks it fulfilled: the page says so, and it leaves the search.
        owner.navigate(url("/annonser/" + id));
        owner.fill("#story", "Två deltagare från folkhögskolan gör praktik hos oss i vår.");
        owner.click("main form[action$='/partner-hittad'] button");
        assertThat(owner.locator(".flash").textContent()).contains("markerad som klar");
        assertThat(owner.locator("main").textContent())
                .contains("hittat en partner")
                .contains("Två deltagare från folkhögskolan");
        assertAccessible(owner);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            answering.navigate(url("/annonser?q=rekrytering"));
            assertThat(answering.locator("#results").textContent()).doesNotContain(TITLE);
        });
        answering.context().close();
        owner.context().close();
    }
}
