package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.Interests;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages on a phone, in a real browser: at 320 CSS pixels (WCAG 1.4.10, reflow) no page scrolls
 * sideways and no element sticks out of the screen, with long Swedish compound words and long e-mail
 * addresses in headings, cards and tables; at 375 × 667 the first search result and a listing's main
 * action are on the first screen. axe checks every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SmallScreensIT extends BrowserTest {

    static final String LONG_TITLE = "Arbetsmarknadsutbildningsanordnare söker kompetensförsörjningssamordnare";
    static final String LONG_ORGANISATION = "Regionutvecklingsförvaltningens Samhällsentreprenörskapsnätverk";

    /** Finds what sticks out of the screen: the page's own width, then each element outside a scroll box. */
    static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const problems = [];
              if (document.documentElement.scrollWidth > width) {
                problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
              }
              const scrolls = (element) => {
                for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
                  const overflow = getComputedStyle(box).overflowX;
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(overflow)) {
                    return box.getBoundingClientRect().right <= width + 1;
                  }
                }
                return false;
              };
              for (const element of document.body.querySelectorAll('*')) {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || (box.right <= width + 1 && box.width <= width) || scrolls(element)) {
                  continue;
                }
                const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().replace(/\\s+/g, '.') : '');
                problems.push(name + ' reaches ' + Math.round(box.right) + ' px: '
                    + (element.textContent || '').trim().slice(0, 60));
              }
              return problems;
            }
            """;

    @Autowired
    JdbcOrganisations organisations;

    @Autowired
    Interests interests;

    @Value("${kompanjoner.admin.email}")
    String coordinatorEmail;

    @Value("${kompanjoner.admin.password}")
    String coordinatorPassword;

    /** What the pages show: made once, the first time a test needs it. */
    record Content(String ownerEmail, String memberEmail, long listing, long conversation, String organisation) {}

    static Content content;

    @BeforeEach
    void content() {
        if (content != null) {
            return;
        }
        String hash = passwords.encode(TestPeople.PASSWORD);
        // Addresses as long as real ones get: they hold no place to break a line.
        String ownerEmail = TestPeople.uniqueEmail("kompetensforsorjningssamordnaren.i.jonkopingslan");
        String memberEmail = TestPeople.uniqueEmail("samhallsentreprenorskapsutvecklaren.vid.hogskolan");
        long owner = credentials.createVerified(
                "Agneta Arbetsmarknadsutbildningsanordnare", ownerEmail, hash, Languages.SWEDISH);
        long member = credentials.createVerified("Mikael Medlem", memberEmail, hash, Languages.SWEDISH);
        long organisation = organisations.create(
                new OrganisationProfile(
                        LONG_ORGANISATION,
                        OrganisationNumbers.random(),
                        "civil_society",
                        "micro",
                        "0687",
                        "https://samhallsentreprenorskapsnatverket.example.se/om-oss/kontaktuppgifter",
                        "Vi samordnar arbetsmarknadsutbildningsinsatser och kompetensförsörjningsfrågor.",
                        List.of("8")),
                owner);
        organisations.addMember(organisation, owner, MembershipRole.OWNER);
        long listing = published(owner, organisation, LONG_TITLE);
        for (int i = 1; i <= 3; i++) {
            published(owner, null, "Socialt företag söker samarbetspartner nummer " + i);
        }
        long conversation = interests.express(listing, member, "Vi är intresserade av samverkansplattformen.");
        interests.decide(conversation, owner, true);
        interests.write(conversation, owner, "Skriv till " + ownerEmail + " så bokar vi ett möte.");
        String slug = organisations.byId(organisation).orElseThrow().slug();
        content = new Content(ownerEmail, memberEmail, listing, conversation, slug);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Page page = browser.newPage(false);
            page.navigate(url("/annonser?q=arbetsmarknadsutbildningsanordnare"));
            assertThat(page.locator("#results").textContent()).contains(LONG_TITLE);
            page.context().close();
        });
    }

    long published(long owner, Long organisation, String title) {
        return publishedListing(
                owner,
                new ListingContent(
                        Category.COLLABORATION,
                        Direction.SEEKING,
                        title,
                        "Vi söker en partner för kompetensförsörjningsinsatser och samhällsentreprenörskap i länet.",
                        "Vi vill **samverka** med arbetsmarknadsutbildningsanordnare.",
                        List.of("4", "8"),
                        List.of("academia"),
                        List.of("arbetsmarknadsutbildningsanordnare", "kompetensförsörjning"),
                        PlaceKind.MUNICIPALITY,
                        "0687",
                        organisation,
                        "sv",
                        LocalDate.now().plusDays(60)));
    }

    Page phone(int width, int height) {
        Page page = browser.newPage(true);
        page.setViewportSize(width, height);
        return page;
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/logga-in"));
        fillSignIn(page, email, password);
        page.waitForURL(address -> !address.contains("/logga-in"));
    }

    /** Each page at 320 pixels: nothing to scroll sideways for, and no axe violation. */
    List<String> overflowOn(Page page, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            page.navigate(url(path));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(OVERFLOW);
            found.forEach(problem -> problems.add(path + ": " + problem));
            assertAccessible(page);
        }
        return problems;
    }

    @Test
    void publicPagesReflowAt320Pixels() {
        Page page = phone(320, 640);
        List<String> problems = overflowOn(
                page,
                List.of(
                        "/",
                        "/annonser",
                        "/annonser?q=arbetsmarknadsutbildningsanordnare",
                        "/annonser/" + content.listing(),
                        "/organisationer",
                        "/organisationer/" + content.organisation(),
                        "/registrera",
                        "/logga-in",
                        "/glomt-losenord",
                        "/tillganglighet",
                        "/integritet",
                        "/finns-inte"));
        assertThat(problems).isEmpty();
        page.context().close();
    }

    @Test
    void theAccessibilityStatementHeadingFitsAt375Pixels() {
        Page page = phone(375, 667);
        page.navigate(url("/tillganglighet"));
        BoundingBox heading = page.locator("h1").boundingBox();
        assertThat(heading.x + heading.width).isLessThanOrEqualTo(375);
        assertThat((Boolean) page.evaluate(
                        "() => { const h = document.querySelector('h1'); return h.scrollWidth <= h.clientWidth; }"))
                .isTrue();
        page.context().close();
    }

    @Test
    void aMembersPagesReflowAt320Pixels() {
        Page page = phone(320, 640);
        signIn(page, content.memberEmail(), TestPeople.PASSWORD);
        List<String> problems = overflowOn(
                page,
                List.of(
                        "/mitt-konto",
                        "/mina-annonser",
                        "/annonser/ny",
                        "/intressen/" + content.conversation(),
                        "/notiser",
                        "/annonser/" + content.listing()));
        page.context().close();
        Page owner = phone(320, 640);
        signIn(owner, content.ownerEmail(), TestPeople.PASSWORD);
        problems.addAll(overflowOn(
                owner,
                List.of(
                        "/mina-annonser",
                        "/annonser/" + content.listing() + "/redigera",
                        "/intressen/" + content.conversation(),
                        "/notiser",
                        "/organisationer/" + content.organisation(),
                        "/organisationer/" + content.organisation() + "/medlemmar")));
        assertThat(problems).isEmpty();
        owner.context().close();
    }

    @Test
    void staffPagesReflowAt320Pixels() {
        Page page = phone(320, 640);
        signIn(page, coordinatorEmail, coordinatorPassword);
        List<String> problems = overflowOn(
                page, List.of("/admin", "/admin/granskning", "/admin/e-post", "/admin/personer", "/admin/taxonomi"));
        assertThat(problems).isEmpty();
        page.context().close();
    }

    @Test
    void onAPhoneTheFirstResultAndAListingsMainActionAreOnTheFirstScreen() {
        Page visitor = phone(375, 667);
        visitor.navigate(url("/annonser"));
        BoundingBox first = visitor.locator("#results .result").first().boundingBox();
        assertThat(first.y).as("top of the first result").isLessThan(667);
        visitor.navigate(url("/annonser/" + content.listing()));
        BoundingBox action = visitor.locator("main .main-action").first().boundingBox();
        assertThat(action.y + action.height).as("bottom of the main action").isLessThanOrEqualTo(667);
        visitor.context().close();

        Page member = phone(375, 667);
        signIn(member, content.memberEmail(), TestPeople.PASSWORD);
        // Signed in, the menu is longer; the results still start on the first screen.
        member.navigate(url("/annonser"));
        assertThat(member.locator("#results .result").first().boundingBox().y).isLessThan(667);
        member.navigate(url("/annonser/" + content.listing()));
        action = member.locator("main .main-action").first().boundingBox();
        assertThat(action.y + action.height).isLessThanOrEqualTo(667);
        member.context().close();
    }

    @Test
    void switchingTheLanguageAfterAFailedFormKeepsWhatWasTyped() {
        Page page = browser.newPage(true);
        page.navigate(url("/glomt-losenord"));
        page.fill("#email", "inte en adress");
        page.click("main form button[type=submit]");
        assertThat(page.title()).startsWith("Fel: ");
        page.fill("#email", "rattad.adress@test.kompanjoner.se");
        page.click("a.language");
        page.waitForURL(address -> address.contains("lang=en"));
        // A page that can be fetched, not the address the form was sent to, and what was typed is back.
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.title()).doesNotStartWith("Error");
        assertThat(page.locator("#email").inputValue()).isEqualTo("rattad.adress@test.kompanjoner.se");
        assertAccessible(page);
        page.context().close();
    }

    @Test
    void arrowingThroughAFilterListSearchesOnlyWhenTheChoiceIsMade() {
        Page page = browser.newPage(true);
        page.setViewportSize(1280, 900);
        AtomicInteger searches = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("/annonser")
                    && "true".equals(request.headers().get("hx-request"))) {
                searches.incrementAndGet();
            }
        });
        page.navigate(url("/annonser"));
        page.focus("#category");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#category").inputValue()).isEqualTo("COMPETENCE");
        page.waitForTimeout(1500);
        assertThat(searches.get()).as("searches while arrowing").isZero();
        // Leaving the list makes the choice: one search, for the value chosen last.
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*category=COMPETENCE.*"));
        // The form is replaced with the answer's (the address changes a moment before it is).
        PlaywrightAssertions.assertThat(page.locator("details.more-filters > summary"))
                .containsText("1");
        assertThat(searches.get()).isEqualTo(1);
        // A pick with the pointer (or a script) is a choice at once.
        page.selectOption("#direction", "SEEKING");
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*direction=SEEKING.*"));
        assertThat(searches.get()).isEqualTo(2);
        page.context().close();
    }
}
