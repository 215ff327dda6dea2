package org.kompanjoner.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inventory from end to end in a real browser, with axe on every page on the way, in Swedish and
 * English: a member suggests an initiative with a point typed into its coordinate fields, a coordinator
 * publishes it from the one review queue, a visitor finds it by an inflected word, a part of a compound
 * and facets, in the list without JavaScript and as a marker on the map, the owner edits it and the
 * history shows the change, and the coordinator marks it verified. The inventory's pages make no request
 * to any host but the platform's own, and do not scroll sideways at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class InitiativesJourneyIT extends BrowserTest {

    static final String NAME = "Reparationscaféet i glesbygden";
    static final String NEW_NAME = "Reparationscaféet i glesbygden och byarna";

    @Autowired
    Inventory inventory;

    /** Every host any page of this test asked for something from. */
    final Set<String> hosts = ConcurrentHashMap.newKeySet();

    /** A page whose every request is noted by host, to prove none leaves the platform. */
    Page page(boolean javaScript) {
        Page page = browser.newPage(javaScript);
        page.onRequest(request -> hosts.add(URI.create(request.url()).getHost()));
        return page;
    }

    void signIn(Page page, String email) {
        fillSignIn(page, email, TestPeople.PASSWORD);
        page.waitForURL(address -> !address.contains("/logga-in"));
    }

    @Test
    void anInitiativeGoesFromASuggestionThroughReviewToTheMapAndIsKeptAndVerified() {
        String memberEmail = person("Maja Förslag", "forslag");
        // A coordinator and nothing more, not the administrator.
        String coordinatorEmail = person("Cilla Samordnare", "samordnare", Role.COORDINATOR);

        // The member suggests it, first with mistakes, then with a point typed into the coordinate fields.
        Page member = page(true);
        member.navigate(url("/initiativ"));
        assertAccessible(member);
        member.click("main a[href='/initiativ/foresla']");
        signIn(member, memberEmail);
        assertThat(member.url()).contains("/initiativ/foresla");
        assertAccessible(member);
        member.fill("#name", NAME);
        member.fill("#latitude", "59,91");
        member.fill("#longitude", "10,75");
        member.click("main form button[type=submit]");
        assertThat(member.locator(".error-summary").textContent())
                .contains("Skriv en kort sammanfattning")
                .contains("Välj vilken kommun")
                .contains("Longitud måste ligga inom Sverige");
        assertAccessible(member);
        member.fill("#summary", "Boende lagar cyklar, kläder och elektronik tillsammans i återbrukscentralen.");
        member.fill("#description", "Varje lördag i bygdegården. Alla är **välkomna**.");
        member.check("#stage-PILOT");
        member.check("#challenges-11");
        member.check("#challenges-12");
        member.check("#sectors-civil_society");
        member.selectOption("#municipality", "0687");
        // The point by keyboard alone: into the latitude field, type, on to the longitude field, type.
        member.focus("#latitude");
        member.keyboard().press("Control+A");
        member.keyboard().type("58,03717");
        member.keyboard().press("Tab");
        assertThat(member.evaluate("document.activeElement.id")).isEqualTo("longitude");
        member.keyboard().press("Control+A");
        member.keyboard().type("14,97820");
        member.fill("#startYear", "2025");
        member.fill("#volunteers", "14");
        member.click("main form button[type=submit]");
        assertThat(member.locator("h1").textContent()).isEqualTo(NAME);
        assertThat(member.locator(".flash").textContent()).contains("väntar nu på att en samordnare");
        assertThat(member.locator("main").textContent()).contains("Latitud 58.03717, longitud 14.9782");
        assertAccessible(member);
        long id = jdbc.sql("select id from initiatives_initiative where name = ?")
                .param(NAME)
                .query(Long.class)
                .single();

        // A coordinator publishes it from the same queue as listings.
        Page coordinator = page(true);
        coordinator.navigate(url("/logga-in"));
        signIn(coordinator, coordinatorEmail);
        coordinator.navigate(url("/admin/granskning"));
        assertThat(coordinator.locator("main").textContent()).contains(NAME).contains("Initiativ");
        assertAccessible(coordinator);
        coordinator.click("form[action='/admin/granskning/initiativ/" + id + "/godkann'] button");
        assertThat(coordinator.locator(".flash").count()).isEqualTo(1);
        assertThat(coordinator.locator("main").textContent()).doesNotContain(NAME);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(memberEmail, 1)))
                .contains("är publicerat");

        // A visitor finds it without JavaScript, by an inflected word and by a part of a compound…
        Page noScript = page(false);
        for (String query : List.of("glesbygd", "reparation", "återbruk")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                noScript.navigate(url("/initiativ?q=" + query));
                assertThat(noScript.locator("#results").textContent()).contains(NAME);
            });
        }
        // …the list is the whole page then: the map is not shown at all.
        assertThat(noScript.locator("figure.map-figure").isVisible()).isFalse();
        noScript.context().close();

        // …and with it, by facets (updated in place), and as a marker on the map beside the list. Another
        // entry in the countryside is established, in Aneby: the facets tell the two apart.
        long other = inventory.suggest(
                credentials.createVerified(
                        "Ola Annan", TestPeople.uniqueEmail("annan"), "{unusable}", Languages.SWEDISH),
                org.kompanjoner.support.InitiativeMother.content("Telefonkedjan i glesbygden"));
        inventory.approve(other, TestPeople.reviewer(credentials), null);
        Page visitor = page(true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            visitor.navigate(url("/initiativ?q=glesbygd"));
            PlaywrightAssertions.assertThat(visitor.locator("#results-title")).hasText("2 initiativ");
        });
        visitor.focus("#stage");
        visitor.selectOption("#stage", "ESTABLISHED");
        PlaywrightAssertions.assertThat(visitor.locator("#results-title")).hasText("Ett initiativ");
        assertThat(visitor.locator("#results").textContent()).doesNotContain(NAME);
        PlaywrightAssertions.assertThat(visitor).hasURL(java.util.regex.Pattern.compile("stage=ESTABLISHED"));
        // The keyboard stays on the list that was changed, and the count is announced.
        assertThat(visitor.evaluate("document.activeElement.id")).isEqualTo("stage");
        assertThat(visitor.locator("#results-status").textContent()).isEqualTo("Ett initiativ");
        visitor.selectOption("#stage", "PILOT");
        PlaywrightAssertions.assertThat(visitor.locator("#results a[href='/initiativ/" + id + "']"))
                .isVisible();
        PlaywrightAssertions.assertThat(visitor.locator("#results")).not().containsText("Telefonkedjan");
        visitor.selectOption("#municipality", "0687");
        PlaywrightAssertions.assertThat(visitor).hasURL(java.util.regex.Pattern.compile("municipality=0687"));
        PlaywrightAssertions.assertThat(visitor.locator("#results a[href='/initiativ/" + id + "']"))
                .isVisible();
        PlaywrightAssertions.assertThat(visitor.locator(".leaflet-marker-icon[alt='" + NAME + "']"))
                .isVisible();
        assertAccessible(visitor);
        // A marker is a button for the keyboard too, and opens a popup that leads to the entry.
        visitor.focus(".leaflet-marker-icon[alt='" + NAME + "']");
        visitor.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(visitor.locator(".leaflet-popup a[href='/initiativ/" + id + "']"))
                .isVisible();
        visitor.click(".leaflet-popup a[href='/initiativ/" + id + "']");
        assertThat(visitor.locator("h1").textContent()).isEqualTo(NAME);
        PlaywrightAssertions.assertThat(visitor.locator(".leaflet-marker-icon")).isVisible();
        assertAccessible(visitor);

        // The owner edits it; the history on its page shows the change, field by field.
        member.navigate(url("/initiativ/" + id));
        member.click("main a[href='/initiativ/" + id + "/redigera']");
        assertAccessible(member);
        member.fill("#name", NEW_NAME);
        member.click("main form button[type=submit]");
        assertThat(member.locator(".flash").textContent()).contains("syns för alla");
        assertThat(member.locator(".history").textContent())
                .contains("Namn: " + NAME + " → " + NEW_NAME)
                .contains("Maja Förslag");
        assertAccessible(member);

        // The coordinator marks it verified, on its page.
        coordinator.navigate(url("/initiativ/" + id));
        assertThat(coordinator.locator("main").textContent()).contains("Inte kontrollerat än");
        coordinator.click("form[action='/initiativ/" + id + "/verifiera'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("markerat som kontrollerat");
        String today = coordinator.evaluate("document.documentElement.lang").equals("sv")
                ? inventory
                        .today()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.SWEDISH))
                : "";
        assertThat(coordinator.locator(".facts").first().textContent()).contains(today);
        assertThat(coordinator.locator(".history").textContent()).contains("Kontrollerade uppgifterna");
        assertAccessible(coordinator);
        coordinator.navigate(url("/admin/initiativ"));
        assertAccessible(coordinator);

        // The same pages in English.
        visitor.navigate(url("/initiativ?lang=en"));
        assertThat(visitor.locator("h1").textContent()).isEqualTo("Social innovations");
        PlaywrightAssertions.assertThat(visitor.locator(".leaflet-marker-icon").first())
                .isVisible();
        assertAccessible(visitor);
        visitor.navigate(url("/initiativ/" + id));
        assertThat(visitor.locator("main").textContent())
                .contains("Last checked")
                .contains("History");
        assertAccessible(visitor);
        visitor.navigate(url("/initiativ/" + id + "/rattelse"));
        assertAccessible(visitor);
        member.navigate(url("/initiativ/foresla?lang=en"));
        member.click("main form button[type=submit]");
        assertThat(member.locator(".error-summary").textContent()).contains("Enter the initiative’s name.");
        assertAccessible(member);
        coordinator.navigate(url("/admin/initiativ/import?lang=en"));
        assertAccessible(coordinator);

        // Nothing any of these pages did went to another host.
        assertThat(hosts).containsOnly("localhost");
        member.context().close();
        coordinator.context().close();
        visitor.context().close();
    }

    @Test
    void theInventoryReflowsAt320PixelsAndAsksNoOtherHost() {
        long id = inventory.suggest(
                credentials.createVerified(
                        "Pia Telefon",
                        TestPeople.uniqueEmail("telefon"),
                        passwords.encode(TestPeople.PASSWORD),
                        Languages.SWEDISH),
                org.kompanjoner.support.InitiativeMother.content("Telefonkedjan i Aneby"));
        inventory.approve(id, TestPeople.reviewer(credentials), null);
        Page phone = page(true);
        phone.setViewportSize(320, 640);
        for (String path :
                List.of("/initiativ", "/initiativ/" + id, "/initiativ?lang=en", "/initiativ/" + id + "/rattelse")) {
            phone.navigate(url(path));
            assertNoSidewaysScrolling(phone);
            assertAccessible(phone);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            phone.navigate(url("/initiativ"));
            PlaywrightAssertions.assertThat(
                            phone.locator(".leaflet-marker-icon").first())
                    .isVisible();
        });
        assertNoSidewaysScrolling(phone);
        assertThat(hosts).containsOnly("localhost");
        phone.context().close();
    }
}
