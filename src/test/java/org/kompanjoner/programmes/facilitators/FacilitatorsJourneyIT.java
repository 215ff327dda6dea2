package org.kompanjoner.programmes.facilitators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.programmes.ProgrammeCompleted;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A facilitator from the end of their training to an accepted request, in a real browser with axe on
 * every page on the way, in Swedish and English: a completed facilitator programme makes a member a
 * facilitator, who fills in their profile and appears in the directory; a visitor finds them with a
 * facet and requests them (first with a mistake); the coordinator assigns the request, the facilitator
 * accepts it from the link in their mail, and the requester is told by mail at each step. The
 * directory does not scroll sideways at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class FacilitatorsJourneyIT extends BrowserTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTrainedFacilitatorIsFoundRequestedAssignedAndAcceptsWhileTheRequesterIsToldByMail() throws Exception {
        String coordinatorEmail = person("Cilla Samordnare", "samordnare", Role.COORDINATOR);
        String facilitatorEmail = person("Hodan Facilitator", "hodan");
        long facilitatorId = idOf(facilitatorEmail);

        // The facilitator programme is completed: the member becomes a facilitator.
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new ProgrammeCompleted(4711, facilitatorId, true, Instant.now())));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select count(*) from programmes_facilitator where person_id = ? and active = true")
                        .param(facilitatorId)
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }

        // They fill in their profile from their account page.
        Page facilitator = signedIn(facilitatorEmail);
        facilitator.navigate(url("/mitt-konto"));
        assertAccessible(facilitator);
        facilitator.click("main a[href='/mitt-konto/facilitator']");
        assertAccessible(facilitator);
        facilitator.check("#areas-10");
        facilitator.check("#languages-so");
        // The first choice of a group carries the group's name as its id.
        facilitator.check("#languages");
        facilitator.fill("#methods", "Samtalscirklar");
        facilitator.click("main form button[type=submit]");
        assertThat(facilitator.locator(".error-summary").textContent()).contains("Välj minst en kommun");
        assertAccessible(facilitator);
        facilitator.selectOption("#municipalities", "0680");
        facilitator.selectOption("#municipalities-2", "0683");
        facilitator.fill("#about", "Jag leder samtal på svenska och somaliska.");
        facilitator.click("main form button[type=submit]");
        assertThat(facilitator.locator(".flash").textContent()).contains("Din profil är sparad");
        assertAccessible(facilitator);

        // A visitor on a phone finds them in the directory by language, and requests them, first with a mistake.
        Page visitor = browser.newPage(true);
        visitor.setViewportSize(320, 800);
        visitor.navigate(url("/facilitatorer"));
        visitor.selectOption("#language", "so");
        visitor.click("form.filters button[type=submit]");
        visitor.waitForURL(address -> address.contains("language=so"));
        assertThat(visitor.locator("main").textContent())
                .contains("Hodan Facilitator")
                .contains("Somaliska")
                .contains("Samtalscirklar")
                .doesNotContain(facilitatorEmail);
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.click("main a[href='/facilitatorer/forfragan?facilitator=" + facilitatorId + "']");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        String requester = TestPeople.uniqueEmail("fragar");
        visitor.fill("#name", "Rut Frågare");
        visitor.fill("#email", requester);
        visitor.fill("#organisation", "Byalaget");
        visitor.selectOption("#municipality", "0680");
        visitor.fill("#timing", "En kväll i mars");
        visitor.fill("#audience", "25 föreningsaktiva");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".error-summary").textContent()).contains("Fyll i det här fältet");
        assertThat(visitor.inputValue("#name")).isEqualTo("Rut Frågare");
        assertAccessible(visitor);
        visitor.fill("#what", "Ett samtal om trygghet i bostadsområdet");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".flash").textContent()).contains("Din förfrågan är skickad");
        assertAccessible(visitor);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 1)))
                .contains("tagit emot");

        // The coordinator finds it in the inbox and assigns it to the facilitator wished for.
        Page coordinator = signedIn(coordinatorEmail);
        coordinator.navigate(url("/admin/facilitatorer"));
        assertAccessible(coordinator);
        long id = jdbc.sql("select id from programmes_facilitator_request where email = ?")
                .param(requester)
                .query(Long.class)
                .single();
        coordinator.click("main a[href='/admin/facilitatorer/forfragningar/" + id + "']");
        assertThat(coordinator.locator("main").textContent()).contains("Ett samtal om trygghet i bostadsområdet");
        assertAccessible(coordinator);
        assertThat(coordinator.inputValue("#facilitator")).isEqualTo(Long.toString(facilitatorId));
        coordinator.click("form[action='/admin/facilitatorer/forfragningar/" + id + "/tilldela'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Hodan Facilitator");
        assertAccessible(coordinator);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 2)))
                .contains("har fått en facilitator");

        // The facilitator follows the link in their mail and accepts.
        String link =
                TestMailServer.link(TestMailServer.awaitMail(facilitatorEmail, 1), "/mitt-konto/facilitator/uppdrag");
        facilitator.navigate(url(TestMailServer.pathOf(link)));
        assertThat(facilitator.locator("main").textContent())
                .contains("Ett samtal om trygghet i bostadsområdet")
                .contains(requester);
        assertAccessible(facilitator);
        facilitator.click("form[action='/mitt-konto/facilitator/uppdrag/" + id + "/tacka-ja'] button");
        assertThat(facilitator.locator(".flash").textContent()).contains("Du har tackat ja");
        assertAccessible(facilitator);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 3)))
                .contains("Hodan Facilitator tar din förfrågan");

        // The same pages in English.
        visitor.navigate(url("/facilitators?language=so&lang=en"));
        assertThat(visitor.locator("main").textContent()).contains("Somali").contains("Hodan Facilitator");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/facilitatorer/forfragan?lang=en"));
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".error-summary").textContent()).contains("Fill in this field");
        assertAccessible(visitor);
        coordinator.navigate(url("/admin/facilitatorer/forfragningar/" + id + "?lang=en"));
        assertThat(coordinator.locator("main").textContent()).contains("the facilitator accepted");
        assertAccessible(coordinator);
        facilitator.navigate(url("/mitt-konto/facilitator?lang=en"));
        assertAccessible(facilitator);
    }
}
