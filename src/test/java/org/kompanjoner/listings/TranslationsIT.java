package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.web.WebRoutes;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser, with axe on every page on the way: an owner adds an English translation to a
 * listing, an English reader sees it, and the easy-to-read page on posting a listing reads well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TranslationsIT extends BrowserTest {

    static final String ENGLISH_TITLE = "Looking for partners in a repair café";

    @Test
    void anOwnerTranslatesAListingAndAnEnglishReaderSeesIt() {
        String email = person("Tove Översättare", "translator");
        long owner = idOf(email);
        long id = postings.saveDraft(owner, ListingMother.content("Vi söker partner till ett reparationskafé"));
        postings.submit(id, owner);
        postings.approve(id, TestPeople.reviewer(credentials));

        Page page = signedIn(email);
        page.navigate(url(ListingRoutes.listing(id)));
        assertAccessible(page);
        page.click("#translations-title ~ p a");
        assertThat(page.url()).contains(ListingRoutes.translation(id));
        assertAccessible(page);
        page.selectOption("#language", "en");
        page.fill("#title", ENGLISH_TITLE);
        page.fill("#summary", "We want to open a repair café with a partner.");
        page.fill("#text", "Bring **broken things**, leave with working ones.");
        page.click("main form button[value=save]");
        page.waitForURL(address -> address.endsWith(ListingRoutes.listing(id)));
        assertThat(page.textContent(".flash")).contains("Översättningen är sparad.");
        assertAccessible(page);

        // A reader who has not signed in; the page runs its script so that axe can look at it.
        Page reader = browser.newPage(true);
        reader.navigate(url(ListingRoutes.listing(id) + "?lang=en"));
        assertThat(reader.getAttribute("h1", "lang")).isEqualTo("en");
        assertThat(reader.textContent("h1")).isEqualTo(ENGLISH_TITLE);
        assertThat(reader.textContent(".prose strong")).isEqualTo("broken things");
        assertAccessible(reader);
    }

    @Test
    void theEasyToReadPageOnPostingAListingPassesAxe() {
        Page page = browser.newPage(true);
        page.navigate(url(WebRoutes.easyToRead("skriva-annons")));
        assertThat(page.textContent("h1")).isEqualTo("Så skriver du en annons");
        assertAccessible(page);
        page.click("text=Alla lättlästa sidor");
        assertThat(page.url()).endsWith(WebRoutes.EASY_TO_READ);
        assertAccessible(page);
    }
}
