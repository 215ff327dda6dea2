package org.kompanjoner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
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
 * An event from end to end in a real browser, with axe on every page on the way, in Swedish and English:
 * a coordinator creates a dialogue meeting with two seats, two members register and a third joins the
 * waiting list, the first cancels from the link in their mail, the third is offered the seat by mail and
 * takes it, the coordinator sees their answers, marks who came (also from the check-in list on a phone),
 * publishes a file and the outcomes. No page scrolls sideways at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EventsJourneyIT extends BrowserTest {

    static final String TITLE = "Dialogmöte om boende i glesbygd";

    void register(Page page, long id, String sector) {
        page.navigate(url("/evenemang/" + id));
        assertAccessible(page);
        page.selectOption("#answer-SECTOR", sector);
        page.click("form[action='/evenemang/" + id + "/anmal'] button");
        assertAccessible(page);
    }

    @Test
    void aDialogueMeetingFillsUpAFreedSeatGoesToTheFirstInLineAndAttendanceIsMarked() throws Exception {
        String coordinatorEmail = person("Cilla Arrangör", "arrangor", Role.COORDINATOR);
        String first = person("Anna Först", "forst");
        String second = person("Bertil Andra", "andra");
        String third = person("Cecilia Tredje", "tredje");

        // The coordinator creates the meeting, first with a mistake.
        Page coordinator = signedIn(coordinatorEmail);
        coordinator.navigate(url("/admin/evenemang"));
        assertAccessible(coordinator);
        coordinator.click("main a[href='/admin/evenemang/nytt']");
        assertAccessible(coordinator);
        coordinator.check("#type-DIALOGUE_MEETING");
        coordinator.fill("#title", TITLE);
        coordinator.fill("#summary", "Hur fler kan bo och arbeta i länets mindre orter.");
        coordinator.fill("#programme", "**13.00** Välkommen\n\n**13.15** Samtal i grupper");
        coordinator.check("#challenges-11");
        coordinator.fill("#startDate", "2027-03-28");
        coordinator.fill("#startTime", "02:30");
        coordinator.fill("#endTime", "16:00");
        coordinator.fill("#venueAddress", "Bygdegården");
        coordinator.selectOption("#municipality", "0604");
        coordinator.fill("#capacity", "2");
        coordinator.check("#questions-SECTOR");
        coordinator.check("#questions-DIET");
        coordinator.fill("#freeQuestion1", "Vad vill du ta upp?");
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".error-summary").textContent()).contains("finns inte den dagen");
        assertAccessible(coordinator);
        coordinator.fill("#startTime", "13:00");
        coordinator.click("main form button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Evenemanget är skapat");
        assertAccessible(coordinator);
        long id = jdbc.sql("select id from events_event where title = ?")
                .param(TITLE)
                .query(Long.class)
                .single();

        // A visitor sees it in the calendar, in Swedish and in English.
        Page visitor = browser.newPage(true);
        visitor.setViewportSize(320, 800);
        visitor.navigate(url("/evenemang?type=DIALOGUE_MEETING"));
        assertThat(visitor.locator("main").textContent()).contains(TITLE).contains("2027-03-28 13:00–16:00");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/evenemang/" + id + "?lang=en"));
        assertThat(visitor.locator("main").textContent())
                .contains("Sign in to register")
                .contains("2 of 2 seats left");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/events?lang=en"));
        assertAccessible(visitor);
        visitor.context().close();

        // Two members take the seats; the third joins the waiting list.
        Page firstPage = signedIn(first);
        register(firstPage, id, "company");
        assertThat(firstPage.locator(".flash").textContent()).contains("Du är anmäld");
        Page secondPage = signedIn(second);
        secondPage.navigate(url("/evenemang/" + id));
        secondPage.fill("#answer-DIET", "Vegetarisk <script>alert(1)</script>");
        secondPage.fill("#answer-FREE_1", "Pendling");
        secondPage.selectOption("#answer-SECTOR", "public");
        secondPage.click("form[action='/evenemang/" + id + "/anmal'] button");
        assertAccessible(secondPage);
        Page thirdPage = signedIn(third);
        register(thirdPage, id, "civil_society");
        assertThat(thirdPage.locator(".flash").textContent()).contains("Du står i kö, plats 1");
        thirdPage.navigate(url("/mina-evenemang"));
        assertThat(thirdPage.locator("main").textContent()).contains(TITLE);
        assertAccessible(thirdPage);

        // The first cancels from the link in their mail: a page asks, its button cancels.
        MimeMessage seat = TestMailServer.awaitMail(first, 1);
        firstPage.navigate(url(TestMailServer.pathOf(TestMailServer.link(seat, "/evenemang/avboka/"))));
        assertAccessible(firstPage);
        firstPage.click("main form button[type=submit]");
        assertThat(firstPage.locator(".flash").textContent()).contains("avbokad");

        // The third is offered the seat by mail and takes it.
        MimeMessage offer = TestMailServer.awaitMail(third, 2);
        assertThat(TestMailServer.subject(offer)).contains("En plats har blivit ledig");
        thirdPage.navigate(url(TestMailServer.pathOf(TestMailServer.link(offer, "/evenemang/" + id))));
        assertAccessible(thirdPage);
        thirdPage.click("form[action='/evenemang/" + id + "/ta-platsen'] button");
        assertThat(thirdPage.locator("main").textContent()).contains("Du är anmäld och har en plats");

        // The coordinator sees who has a seat, with their answers, and marks who came.
        coordinator.navigate(url("/admin/evenemang/" + id));
        assertThat(coordinator.locator("main").textContent())
                .contains("Bertil Andra")
                .contains("Cecilia Tredje")
                .contains("Avbokad")
                .contains("Vegetarisk <script>alert(1)</script>")
                .contains("Pendling");
        assertAccessible(coordinator);
        coordinator.locator("main input[type=checkbox]").first().check();
        coordinator.click("form[action='/admin/evenemang/" + id + "/narvaro'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Närvaron är sparad");
        assertAccessible(coordinator);

        // …and at the door, on a phone, the check-in list marks the one who just arrived.
        Page door = signedIn(coordinatorEmail);
        door.setViewportSize(320, 800);
        door.navigate(url("/admin/evenemang/" + id + "/incheckning"));
        assertThat(door.locator("main").textContent()).contains("1 av 2 är här.");
        assertAccessible(door);
        assertNoSidewaysScrolling(door);
        door.fill("#q", "cecilia");
        door.click("form[role=search] button");
        door.locator(".check-in-list button").first().click();
        assertThat(door.locator("main").textContent()).contains("2 av 2 är här.");
        assertAccessible(door);

        // A file that is not what its name says is refused; the real one is published.
        coordinator.navigate(url("/admin/evenemang/" + id));
        coordinator.fill("#fileTitle", "Bilderna");
        coordinator.setInputFiles(
                "#file",
                new com.microsoft.playwright.options.FilePayload(
                        "bilder.pdf", "application/pdf", "MZ this is a program, not a PDF........".getBytes()));
        coordinator.click("form[action='/admin/evenemang/" + id + "/material/fil'] button");
        assertThat(coordinator.locator(".error-summary").textContent())
                .contains("stämmer innehållet inte med filnamnet");
        assertAccessible(coordinator);
        coordinator.fill("#fileTitle", "Bilderna");
        coordinator.setInputFiles(
                "#file",
                new com.microsoft.playwright.options.FilePayload(
                        "bilder.pdf",
                        "application/pdf",
                        "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes()));
        coordinator.click("form[action='/admin/evenemang/" + id + "/material/fil'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Materialet är publicerat");
        assertAccessible(coordinator);

        // …records the notes, the next steps and who took part by sector; the page shows them in aggregate.
        coordinator.fill("#notes", "Vi talade om **bostäder** och pendling.");
        coordinator.fill("#nextSteps", "Kommunerna bjuder in till en workshop.");
        // The sector counts start from the answers of those marked present: Bertil (public), Cecilia (civil society).
        assertThat(coordinator.inputValue("#sector-public")).isEqualTo("1");
        assertThat(coordinator.inputValue("#sector-civil_society")).isEqualTo("1");
        coordinator.fill("#sector-company", "2");
        coordinator.fill("#sector-public", "1");
        coordinator.click("form[action='/admin/evenemang/" + id + "/resultat'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Sparat");
        assertAccessible(coordinator);
        coordinator.navigate(url("/admin/evenemang?lang=en"));
        assertAccessible(coordinator);
        Page reader = browser.newPage(true);
        reader.navigate(url("/evenemang/" + id));
        assertThat(reader.locator("main").textContent())
                .contains("Kommunerna bjuder in till en workshop.")
                .contains("Deltagare per sektor (4 totalt)")
                .contains("Bilderna")
                .doesNotContain("Bertil Andra")
                .doesNotContain("Vegetarisk");
        assertAccessible(reader);

        // A guest registers with a mail address and confirms it from the mail.
        String guest = TestPeople.uniqueEmail("gast");
        reader.navigate(url("/evenemang/" + id));
        reader.click("main a[href='/evenemang/" + id + "/gast']");
        assertAccessible(reader);
        reader.click("main form button[type=submit]");
        assertThat(reader.locator(".error-summary").textContent()).contains("Skriv ditt namn");
        assertAccessible(reader);
        reader.fill("#name", "Greta Gäst");
        reader.fill("#email", guest);
        reader.click("main form button[type=submit]");
        assertThat(reader.locator("h1").textContent()).contains("Titta i din inkorg");
        assertAccessible(reader);
        MimeMessage confirmation = TestMailServer.awaitMail(guest, 1);
        reader.navigate(url(TestMailServer.pathOf(TestMailServer.link(confirmation, "/evenemang/bekrafta/"))));
        assertAccessible(reader);
        reader.click("main form button[type=submit]");
        // The event is full: the confirmed guest waits in line.
        assertThat(reader.locator(".flash").textContent()).contains("står i kö");
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(guest, 2))).contains("Du står i kö");
    }
}
