package org.kompanjoner.programmes.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestClock;
import org.kompanjoner.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A case before a social business board from application to its three-month follow-up, in a real browser
 * with axe on every page on the way: a member volunteers as an adviser from their account; an
 * entrepreneur applies with a case (first with a mistake); the coordinator seats a panel of three sectors,
 * warned while there are fewer, and schedules the meeting, which the entrepreneur finds from the case;
 * after the meeting the advice is recorded; three months later the follow-up link arrives by mail and is
 * answered, and the answer shows on the case. The pages do not scroll sideways at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.InPlace.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BoardsJourneyIT extends BrowserTest {

    @Autowired
    TestClock clock;

    @Autowired
    Advisers advisers;

    @Autowired
    FollowUpJob job;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    String main(Page page) {
        return page.locator("main").textContent();
    }

    @Test
    void anEntrepreneurAppliesAPanelOfThreeSectorsAdvisesAndTheFollowUpIsAnswered() throws Exception {
        String coordinatorEmail = person("Cilla Samordnare", "samordnare", Role.COORDINATOR);
        String entrepreneurEmail = person("Elsa Entreprenör", "elsa");
        String businessEmail = person("Bertil Företag", "bertil");
        String municipalEmail = person("Karin Kommun", "karin");
        String academicEmail = person("Anna Akademi", "anna");
        advisers.volunteer(idOf(municipalEmail), new AdviserForm(List.of("public"), "Näringslivschef"));
        advisers.volunteer(idOf(academicEmail), new AdviserForm(List.of("academia"), "Forskare"));

        // A member volunteers as an adviser from their account page.
        Page business = signedIn(businessEmail);
        business.navigate(url("/mitt-konto"));
        assertAccessible(business);
        business.click("main a[href='/mitt-konto/styrelser/radgivare']");
        assertAccessible(business);
        business.fill("#about", "Har drivit företag i tjugo år");
        business.click("main form[action='/mitt-konto/styrelser/radgivare'] button[type=submit]");
        assertThat(business.locator(".error-summary").textContent()).contains("Välj minst en sektor");
        assertAccessible(business);
        business.check("#sectors");
        business.click("main form[action='/mitt-konto/styrelser/radgivare'] button[type=submit]");
        assertThat(business.locator(".flash").textContent()).contains("sparade");
        assertAccessible(business);

        // The entrepreneur, on a phone, reads what a board is and applies with a case, first with a mistake.
        Page entrepreneur = signedIn(entrepreneurEmail);
        entrepreneur.setViewportSize(320, 800);
        entrepreneur.navigate(url("/styrelser"));
        assertAccessible(entrepreneur);
        assertNoSidewaysScrolling(entrepreneur);
        entrepreneur.click("main a.button[href='/mitt-konto/styrelser/ansok']");
        assertAccessible(entrepreneur);
        assertNoSidewaysScrolling(entrepreneur);
        entrepreneur.fill("#organisation", "Elsas Cykelkök");
        entrepreneur.fill("#challenge", "Vi lagar cyklar med unga som söker jobb, men intäkterna räcker inte.");
        entrepreneur.fill("#question", "Hur får vi kommunen som kund?");
        entrepreneur.fill("#tried", "Vi har sökt bidrag.");
        entrepreneur.click("main form button[type=submit]");
        assertThat(entrepreneur.locator(".error-summary").textContent()).contains("Fyll i det här fältet");
        assertThat(entrepreneur.inputValue("#organisation")).isEqualTo("Elsas Cykelkök");
        assertAccessible(entrepreneur);
        entrepreneur.fill("#help", "Kontakter och en affärsmodell.");
        entrepreneur.click("main form button[type=submit]");
        assertThat(entrepreneur.locator(".flash").textContent()).contains("Ditt ärende är skickat");
        assertThat(main(entrepreneur)).contains("Hur får vi kommunen som kund?");
        assertAccessible(entrepreneur);
        assertNoSidewaysScrolling(entrepreneur);
        long id = jdbc.sql("select id from programmes_board_case where entrepreneur_id = ?")
                .param(idOf(entrepreneurEmail))
                .query(Long.class)
                .single();
        String staffCase = "/admin/styrelser/arenden/" + id;

        // The coordinator seats a panel of three sectors, warned while there are fewer.
        Page coordinator = signedIn(coordinatorEmail);
        coordinator.navigate(url("/admin/styrelser"));
        assertAccessible(coordinator);
        coordinator.click("main a[href='" + staffCase + "']");
        assertThat(main(coordinator)).contains("Elsas Cykelkök");
        assertAccessible(coordinator);
        for (String adviser : List.of(businessEmail, municipalEmail, academicEmail)) {
            coordinator.selectOption("#adviser", Long.toString(idOf(adviser)));
            coordinator.click("form[action='" + staffCase + "/radgivare'] button[type=submit]");
            assertThat(coordinator.locator(".flash").textContent()).contains("sitter nu i panelen");
            if (!adviser.equals(academicEmail)) {
                assertThat(coordinator.locator("#sector-warning").textContent()).contains("Varning: panelen har bara");
            }
            assertAccessible(coordinator);
        }
        assertThat(coordinator.locator("#sector-warning").textContent())
                .contains("Panelen har rådgivare från 3 sektorer");
        coordinator.click("form[action='" + staffCase + "/panel-klar'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Panelen är klar");
        assertAccessible(coordinator);

        // The meeting, in two weeks at Science Park.
        coordinator.fill("#date", LocalDate.now().plusDays(14).toString());
        coordinator.fill("#startTime", "13:00");
        coordinator.fill("#endTime", "16:00");
        coordinator.fill("#venue", "Science Park, Gjuterigatan 9");
        coordinator.selectOption("#municipality", "0680");
        coordinator.click("form[action='" + staffCase + "/mote'] button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Mötet är bokat");
        assertAccessible(coordinator);

        // The entrepreneur finds the meeting from the case; it takes place.
        entrepreneur.navigate(url("/mitt-konto/styrelser/arenden/" + id));
        assertThat(main(entrepreneur)).contains("Bertil Företag").contains("Karin Kommun");
        assertAccessible(entrepreneur);
        entrepreneur.click("main a[href^='/evenemang/']");
        entrepreneur.waitForURL(address -> address.contains("/evenemang/"));
        entrepreneur.locator("main h1").waitFor();
        assertThat(main(entrepreneur)).contains("Social företagsstyrelse: Elsas Cykelkök");
        assertAccessible(entrepreneur);
        clock.advance(Duration.ofDays(15));

        // Afterwards the coordinator records the advice.
        coordinator.navigate(url(staffCase));
        coordinator.fill("#advice", "Erbjud kommunen cykelservice för hemtjänstens cyklar.");
        coordinator.fill("#nextSteps", "Elsa kontaktar hemtjänsten inom en månad.");
        coordinator.click("form[action='" + staffCase + "/rad'] button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Rådet är sparat");
        assertAccessible(coordinator);

        // Three months later the follow-up link arrives by mail and is answered.
        clock.advance(Duration.ofDays(93));
        job.sendDue();
        String link = null;
        for (int attempt = 0; attempt < 600 && link == null; attempt++) {
            for (var mail : TestMailServer.to(entrepreneurEmail)) {
                if (TestMailServer.subject(mail).contains("efter 3 månader")) {
                    link = TestMailServer.link(mail, "/styrelser/uppfoljning/");
                }
            }
            Thread.sleep(50);
        }
        assertThat(link).as("the follow-up mail").isNotNull();
        Page answer = browser.newPage(true);
        answer.setViewportSize(320, 800);
        answer.navigate(url(TestMailServer.pathOf(link)));
        assertThat(main(answer)).contains("Hur har det gått efter 3 månader");
        assertAccessible(answer);
        assertNoSidewaysScrolling(answer);
        answer.fill("#howItWent", "Hemtjänsten är nu vår största kund.");
        answer.fill("#stepsTaken", "Kontakten togs och avtalet är klart.");
        answer.check("#rating-5");
        answer.click("main form button[type=submit]");
        assertThat(answer.locator(".flash").textContent()).contains("Tack för ditt svar");
        assertAccessible(answer);
        answer.navigate(url(TestMailServer.pathOf(link)));
        assertThat(main(answer)).contains("redan besvarad");
        assertAccessible(answer);

        entrepreneur.navigate(url("/mitt-konto/styrelser/arenden/" + id));
        assertThat(main(entrepreneur))
                .contains("Hemtjänsten är nu vår största kund.")
                .contains("5 av 5")
                .contains("Erbjud kommunen cykelservice");
        assertAccessible(entrepreneur);
        assertNoSidewaysScrolling(entrepreneur);

        // The coordinator's page in English.
        coordinator.navigate(url(staffCase + "?lang=en"));
        assertThat(main(coordinator)).contains("Followed up");
        assertAccessible(coordinator);
    }
}
