package org.kompanjoner.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outreach in a real browser with axe on every page on the way, in Swedish and English: a coordinator
 * adds a report to the library, a visitor on a phone searches the library, narrows it with a facet and
 * opens the report with its reference; a visitor invites the team to talk (first with a mistake), and
 * the coordinator plans it while the visitor is told by mail; the accessibility statement leads to the
 * form that reports a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OutreachIT extends BrowserTest {

    @Test
    void aVisitorBrowsesTheLibraryAndInvitesUsAndACoordinatorPlansTheTalk() throws Exception {
        String coordinatorEmail = person("Vera Samordnare", "vera", Role.COORDINATOR);
        Page coordinator = signedIn(coordinatorEmail);

        // The coordinator adds a report with its PDF.
        coordinator.navigate(url("/admin/publikationer/ny"));
        assertAccessible(coordinator);
        coordinator.fill("#title", "Kunskapsrapport om återbruk");
        coordinator.fill("#authors", "Ljung, Anna\nBerg, Karl");
        coordinator.fill("#year", "2019");
        coordinator.check("#challenges");
        coordinator.fill("#summary", "Hur återbruk och kooperativ skapar arbete i länet.");
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".error-summary").textContent()).contains("Ladda upp rapporten som PDF");
        assertAccessible(coordinator);
        Path pdf = Files.createTempFile("rapport", ".pdf");
        Files.write(pdf, Arrays.copyOf("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 2048));
        coordinator.setInputFiles("#file", pdf);
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Publikationen är tillagd");
        assertAccessible(coordinator);

        // A visitor on a phone finds it by a word of its summary, narrows by kind, and opens it.
        Page visitor = browser.newPage(true);
        visitor.setViewportSize(320, 800);
        visitor.navigate(url("/publikationer"));
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        for (int tries = 0;
                tries < 60 && !visitor.locator("main").textContent().contains("Kunskapsrapport om återbruk");
                tries++) {
            Thread.sleep(250);
            visitor.navigate(url("/publikationer"));
        }
        visitor.fill("#q", "kooperativ");
        visitor.selectOption("#kind", "REPORT");
        visitor.click("form.filters button[type=submit]");
        visitor.waitForURL(address -> address.contains("kind=REPORT"));
        assertThat(visitor.locator("main").textContent()).contains("Kunskapsrapport om återbruk");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.click("main .publication-list a");
        assertThat(visitor.locator("#citation").textContent())
                .contains("Ljung, A., & Berg, K. (2019). Kunskapsrapport om återbruk.");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);

        // The same library and report in English.
        visitor.navigate(url("/publications?lang=en"));
        assertThat(visitor.locator("main h1").textContent()).isEqualTo("Publications");
        assertAccessible(visitor);
        visitor.click("main .publication-list a");
        assertThat(visitor.locator("main").textContent()).contains("Download the report");
        assertAccessible(visitor);

        // The visitor invites the team to talk, first forgetting what they want to know.
        visitor.navigate(url("/bjud-in-oss?lang=sv"));
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        String asker = TestPeople.uniqueEmail("bjuder");
        visitor.fill("#name", "Ines Inbjudare");
        visitor.fill("#email", asker);
        visitor.fill("#organisation", "Byalaget i Bottnaryd");
        visitor.selectOption("#municipality", "0680");
        visitor.fill("#place", "Bygdegården");
        visitor.fill("#wishedFrom", LocalDate.now().plusDays(40).toString());
        visitor.fill("#audienceSize", "35");
        visitor.check("#talkLanguage");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".error-summary").textContent()).contains("Fyll i det här fältet");
        assertThat(visitor.inputValue("#name")).isEqualTo("Ines Inbjudare");
        assertAccessible(visitor);
        visitor.fill("#topic", "Hur startar vi ett kooperativ för återbruk?");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".flash").textContent()).contains("Tack för inbjudan");
        assertAccessible(visitor);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(asker, 1)))
                .isEqualTo("Vi har tagit emot din inbjudan");

        // The coordinator plans it from the inbox; the visitor is told.
        coordinator.navigate(url("/admin/bjud-in-oss"));
        assertAccessible(coordinator);
        long id = jdbc.sql("select id from knowledge_talk_request where email = ?")
                .param(asker)
                .query(Long.class)
                .single();
        coordinator.click("main a[href='/admin/bjud-in-oss/" + id + "']");
        assertThat(coordinator.locator("main").textContent()).contains("Hur startar vi ett kooperativ för återbruk?");
        assertAccessible(coordinator);
        coordinator.check("#status-PLANNED");
        coordinator.fill("#message", "Vi kommer gärna.");
        coordinator.click("form[action='/admin/bjud-in-oss/" + id + "/status'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Statusen är sparad");
        assertAccessible(coordinator);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(asker, 2))).isEqualTo("Vi kommer och pratar");
        coordinator.navigate(url("/admin/bjud-in-oss/" + id + "?lang=en"));
        assertThat(coordinator.locator("main").textContent()).contains("Planned");
        assertAccessible(coordinator);
        coordinator.navigate(url("/admin/tillganglighet?lang=en"));
        assertAccessible(coordinator);

        // The invitation form in English, and the accessibility statement leading to the report form.
        visitor.navigate(url("/invite-us?lang=en"));
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".error-summary").textContent()).contains("Fill in this field");
        assertAccessible(visitor);
        visitor.navigate(url("/tillganglighet?lang=sv"));
        assertAccessible(visitor);
        visitor.click("main a[href='/tillganglighet/rapportera']");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/accessibility/report?lang=en"));
        assertAccessible(visitor);
    }
}
