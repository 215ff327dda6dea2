package org.kompanjoner.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator programme from end to end in a real browser, with axe on every page: a coordinator
 * creates it (first with a mistake) and adds its five sessions, a member applies and is accepted, the
 * coordinator marks the member present at four of the five sessions, the completion and the certificate
 * appear, the PDF opens and its code verifies on the public page, the new facilitator is in the
 * directory, a visitor requests them, the coordinator assigns the request and the facilitator accepts it,
 * and the requester is mailed at each step. No page scrolls sideways at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ProgrammesJourneyIT extends BrowserTest {

    static final String TITLE = "Processledarutbildning för hela länet";

    @Autowired
    Sessions sessions;

    @Autowired
    Clock clock;

    @Test
    void aMemberCompletesTheProgrammeGetsACertificateThatVerifiesAndBecomesAFacilitator() throws Exception {
        String coordinatorEmail = person("Karin Kursledare", "kursledare", Role.COORDINATOR);
        String memberEmail = person("Fredrik Framtida", "framtida");

        // The coordinator creates the programme, first without a name.
        Page coordinator = signedIn(coordinatorEmail);
        coordinator.navigate(url("/admin/program"));
        assertAccessible(coordinator);
        coordinator.click("main a[href='/admin/program/nytt']");
        assertAccessible(coordinator);
        coordinator.fill("#summary", "Fem träffar under ett år.");
        coordinator.fill("#description", "Om **processledning**.");
        coordinator.check("#challenges");
        coordinator.fill("#closesDate", "2099-12-31");
        coordinator.fill("#capacity", "20");
        coordinator.fill("#sessionsRequired", "4");
        coordinator.check("#trainsFacilitators");
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".error-summary").textContent()).contains("Skriv ett namn.");
        assertAccessible(coordinator);
        coordinator.fill("#title", TITLE);
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Programmet är skapat");
        long programme = jdbc.sql("select id from programmes_programme where title = ?")
                .param(TITLE)
                .query(Long.class)
                .single();

        // Its five sessions, events for invited people only that the coordinator organises.
        long organiser = idOf(coordinatorEmail);
        List<Long> sessionIds = new ArrayList<>();
        for (int number = 1; number <= 5; number++) {
            Instant start = clock.instant().plus(Duration.ofDays(7L * number));
            sessionIds.add(sessions.schedule(
                    new SessionPlan(
                            "Träff " + number + " i processledning",
                            "En träff.",
                            List.of("17"),
                            start,
                            start.plus(Duration.ofHours(3)),
                            "Science Park",
                            "0680",
                            null,
                            "sv"),
                    organiser));
        }
        for (long session : sessionIds) {
            coordinator.navigate(url("/admin/program/" + programme));
            coordinator.selectOption("#event", String.valueOf(session));
            coordinator.click("form[action='/admin/program/" + programme + "/traffar'] button");
            assertThat(coordinator.locator(".flash").textContent()).contains("Träffen är tillagd");
        }
        assertAccessible(coordinator);

        // A member finds it and applies, first without saying why.
        Page member = signedIn(memberEmail);
        member.setViewportSize(320, 800);
        member.navigate(url("/program"));
        assertAccessible(member);
        member.click("main a[href='/program/" + programme + "']");
        assertThat(member.locator("main").textContent()).contains("Minst 4 av 5 träffar");
        assertAccessible(member);
        assertNoSidewaysScrolling(member);
        member.click("main a[href='/program/" + programme + "/ansok']");
        member.fill("#languages", "svenska, engelska");
        member.click("main form button[type=submit]");
        assertThat(member.locator(".error-summary").textContent()).contains("Berätta varför du vill delta.");
        assertAccessible(member);
        member.fill("#motivation", "Jag vill leda dialogmöten i min kommun.");
        member.click("main form button[type=submit]");
        assertThat(member.locator(".flash").textContent()).contains("Din ansökan är mottagen");
        assertAccessible(member);

        // The coordinator accepts, with a message.
        coordinator.navigate(url("/admin/program/" + programme));
        assertThat(coordinator.locator("main").textContent()).contains("Jag vill leda dialogmöten i min kommun.");
        long application = jdbc.sql("select id from programmes_application where programme_id = ?")
                .param(programme)
                .query(Long.class)
                .single();
        coordinator.fill("#message-" + application, "Välkommen till utbildningen!");
        coordinator.click("form[action='/admin/program/" + programme + "/ansokningar/" + application
                + "'] button[value=ACCEPTED]");
        assertThat(coordinator.locator(".flash").textContent()).contains("antagen");
        assertAccessible(coordinator);

        // Present at four of the five sessions, marked on each session's own participant page.
        for (long session : sessionIds.subList(0, 4)) {
            coordinator.navigate(url("/admin/evenemang/" + session));
            coordinator
                    .locator("main input[type=checkbox][name=present]")
                    .first()
                    .check();
            coordinator.click("form[action='/admin/evenemang/" + session + "/narvaro'] button");
            assertThat(coordinator.locator(".flash").textContent()).contains("Närvaron är sparad");
        }
        assertAccessible(coordinator);

        // The completion and the certificate appear on the member's own page.
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            member.navigate(url("/mina-program"));
            return member.locator("main").textContent().contains("Du har genomfört programmet");
        });
        assertThat(member.locator("main").textContent())
                .contains("4 av 5 träffar")
                .contains("Välkommen till utbildningen!");
        assertAccessible(member);
        assertNoSidewaysScrolling(member);

        // The PDF opens, and carries the name and the code, which verifies on the public page.
        APIResponse pdf = member.request().get(url("/program/" + programme + "/intyg.pdf"));
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        String code = jdbc.sql("select code from programmes_certificate where programme_id = ?")
                .param(programme)
                .query(String.class)
                .single();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Fredrik Framtida")
                    .contains(TITLE)
                    .contains(code);
        }
        Page visitor = browser.newPage(true);
        visitor.setViewportSize(320, 800);
        visitor.navigate(url("/intyg"));
        assertAccessible(visitor);
        visitor.fill("#kod", code.toLowerCase());
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator("main").textContent())
                .contains("är giltigt")
                .contains("Fredrik Framtida")
                .contains(TITLE);
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/intyg/AAAAA-BBBBB?lang=en"));
        assertThat(visitor.locator("main").textContent()).contains("There is no certificate with the code");
        assertAccessible(visitor);

        // The new facilitator is in the directory.
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            visitor.navigate(url("/facilitatorer?lang=sv"));
            return visitor.locator("main").textContent().contains("Fredrik Framtida");
        });
        assertThat(visitor.locator("main").textContent()).doesNotContain(memberEmail);
        assertAccessible(visitor);

        // A visitor requests the new facilitator; the coordinator assigns it; the facilitator accepts.
        long facilitatorId = idOf(memberEmail);
        visitor.click("main a[href='/facilitatorer/forfragan?facilitator=" + facilitatorId + "']");
        assertAccessible(visitor);
        String requester = TestPeople.uniqueEmail("bestallare");
        visitor.fill("#name", "Rut Beställare");
        visitor.fill("#email", requester);
        visitor.fill("#organisation", "Byalaget");
        visitor.selectOption("#municipality", "0680");
        visitor.fill("#what", "Ett dialogmöte om trygghet");
        visitor.fill("#timing", "En kväll i mars");
        visitor.fill("#audience", "30 boende");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".flash").textContent()).contains("Din förfrågan är skickad");
        assertAccessible(visitor);
        long request = jdbc.sql("select id from programmes_facilitator_request where email = ?")
                .param(requester)
                .query(Long.class)
                .single();
        coordinator.navigate(url("/admin/facilitatorer/forfragningar/" + request));
        assertAccessible(coordinator);
        coordinator.click("form[action='/admin/facilitatorer/forfragningar/" + request + "/tilldela'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Fredrik Framtida");
        String assignment =
                TestMailServer.link(TestMailServer.awaitMail(memberEmail, 9), "/mitt-konto/facilitator/uppdrag");
        member.navigate(url(TestMailServer.pathOf(assignment)));
        assertAccessible(member);
        member.click("form[action='/mitt-konto/facilitator/uppdrag/" + request + "/tacka-ja'] button");
        assertThat(member.locator(".flash").textContent()).contains("Du har tackat ja");
        assertAccessible(member);
        // The requester was told at each step: received, assigned, accepted.
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 1)))
                .contains("tagit emot");
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 2)))
                .contains("har fått en facilitator");
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(requester, 3)))
                .contains("Fredrik Framtida tar din förfrågan");

        visitor.navigate(url("/program/" + programme + "?lang=en"));
        assertThat(visitor.locator("main").textContent()).contains("At least 4 of 5 sessions");
        assertAccessible(visitor);
    }
}
