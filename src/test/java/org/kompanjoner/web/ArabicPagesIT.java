package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.InitiativeMother;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages in Arabic, right to left, in a real browser: each page says {@code lang="ar"} and
 * {@code dir="rtl"}, axe finds nothing, and on a phone 375 pixels wide nothing scrolls sideways. The
 * screenshots are kept under {@code target/arabic/} to be looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ArabicPagesIT extends BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "arabic");

    @Autowired
    Inventory inventory;

    @Autowired
    EventPlanning planning;

    /** The pages to look at, by a name for the screenshot: made once, the first time a test needs them. */
    static Map<String, String> pages;

    @BeforeEach
    void content() {
        if (pages != null) {
            return;
        }
        long owner = credentials.createVerified(
                "Samira Haddad", TestPeople.uniqueEmail("samira"), "{unusable}", Languages.SWEDISH);
        long listing = publishedListing(owner, ListingMother.content("Vi söker en partner för återbruk av textilier."));
        // Words no other browser test searches for: the tests share one database.
        publishedListing(owner, ListingMother.content("Erfarenhet av cirkulär ekonomi och textilier erbjuds"));
        long initiative = inventory.suggest(owner, InitiativeMother.content("Cykelverkstaden i Tranås"));
        inventory.approve(initiative, TestPeople.reviewer(credentials), null);
        Instant start = Instant.now().plus(Duration.ofDays(30));
        long event = planning.create(
                new EventPlan(
                        EventType.DIALOGUE_MEETING,
                        "Dialogmöte om kompetensförsörjning",
                        "Företag, högskolan och kommunen möts.",
                        "**13.00** Välkommen",
                        List.of("8"),
                        start,
                        start.plus(Duration.ofHours(3)),
                        "Science Park, Jönköping",
                        "0680",
                        null,
                        40,
                        Instant.now().minus(Duration.ofDays(1)),
                        start.minus(Duration.ofDays(1)),
                        "sv",
                        "Hiss och hörslinga finns.",
                        EventPlan.DEFAULT_OFFER_HOURS),
                TestPeople.reviewer(credentials));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("front-page", WebRoutes.HOME);
        all.put("listings-search", "/annonser?q=textilier");
        all.put("listing", "/annonser/" + listing);
        all.put("initiative", InitiativeRoutes.initiative(initiative));
        all.put("event", EventRoutes.event(event));
        all.put("languages", WebRoutes.LANGUAGES);
        pages = all;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Page page = browser.newPage(false);
            page.navigate(url("/annonser?q=textilier"));
            assertThat(page.locator("#results").textContent()).contains("textilier");
            page.context().close();
        });
    }

    /** A page in Arabic: chosen once with the menu's link, then remembered by the cookie. */
    Page inArabic(int width, int height) {
        Page page = browser.newPage(true);
        page.setViewportSize(width, height);
        page.navigate(url(WebRoutes.HOME + "?lang=ar"));
        return page;
    }

    /** The sign-up form sent empty: shown again with its problems, in Arabic. */
    static void signUpWithErrors(Page page, String url) {
        page.navigate(url);
        page.click("main form button[type=submit]");
    }

    static void assertRightToLeftArabic(Page page, String name) {
        assertThat(page.locator("html").getAttribute("lang")).as(name).isEqualTo("ar");
        assertThat(page.locator("html").getAttribute("dir")).as(name).isEqualTo("rtl");
    }

    @Test
    void everyPageIsArabicRightToLeftAndAccessible() {
        Page page = inArabic(1280, 900);
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            page.navigate(url(entry.getValue()));
            assertRightToLeftArabic(page, entry.getKey());
            assertAccessible(page);
        }
        signUpWithErrors(page, url("/registrera"));
        assertRightToLeftArabic(page, "sign-up");
        assertThat(page.title()).startsWith("خطأ: ");
        assertThat(page.locator(".error-summary").textContent()).contains("أدخل اسمك");
        assertAccessible(page);
        page.context().close();
    }

    @Test
    void noArabicPageScrollsSidewaysOnAPhone() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Page page = inArabic(375, 667);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            page.navigate(url(entry.getValue()));
            problems.addAll(overflow(page, entry.getKey()));
        }
        signUpWithErrors(page, url("/registrera"));
        problems.addAll(overflow(page, "sign-up-with-errors"));
        assertThat(problems).isEmpty();
        page.context().close();
    }

    /** Whether the page is wider than the window, with a screenshot of the whole page to look at. */
    static List<String> overflow(Page page, String name) {
        assertRightToLeftArabic(page, name);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
        boolean fits = (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        return fits
                ? List.of()
                : List.of(name + " is " + page.evaluate("() => document.documentElement.scrollWidth") + " px wide");
    }

    @Test
    void theLanguageMenuOffersEveryCompleteLanguageNamedInItself() {
        Page page = browser.newPage(true);
        page.navigate(url(WebRoutes.HOME));
        assertThat(page.locator("header a.language").allTextContents()).containsExactly("English", "العربية");
        assertThat(page.locator("header a.language[lang=ar]").getAttribute("href"))
                .isEqualTo("/?lang=ar");
        page.click("header a.language[lang=ar]");
        assertRightToLeftArabic(page, "chosen");
        assertThat(page.locator("header a.language").allTextContents()).containsExactly("Svenska", "English");
        // The choice is remembered by the cookie on the next page.
        page.navigate(url(WebRoutes.LANGUAGES_ENGLISH));
        assertRightToLeftArabic(page, "remembered");
        assertThat(page.locator("h1").textContent()).isEqualTo("اللغات");
        page.context().close();
    }
}
