package org.kompanjoner.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A newcomer's first hour, in a real browser, in Swedish and in English: sign up, confirm the address
 * from the mail, sign in, create an organisation, invite a colleague who signs up from the invitation and
 * joins. Every page visited is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class AccountsJourneyIT extends BrowserTest {

    /** A link from a mail, on this test's server (mails carry the configured public address). */
    String fromMail(String email, int number, String pathPart) {
        return url(AccountsScenarios.pathOf(TestMailServer.link(TestMailServer.awaitMail(email, number), pathPart)));
    }

    record Words(
            String language,
            String createAccount,
            String checkInbox,
            String confirmed,
            String myAccount,
            String badNumber,
            String created,
            String invitationSent,
            String joined) {}

    static Words words(String language) {
        return "en".equals(language)
                ? new Words(
                        "en",
                        "Create account",
                        "Check your e-mail",
                        "Your e-mail address is confirmed",
                        "My account",
                        "The organisation number is not valid",
                        "has been created",
                        "The invitation has been sent",
                        "You are now a member of")
                : new Words(
                        "sv",
                        "Skapa konto",
                        "Titta i din e-post",
                        "Din e-postadress är bekräftad",
                        "Mitt konto",
                        "Organisationsnumret stämmer inte",
                        "är skapad",
                        "Inbjudan är skickad",
                        "Du är nu medlem i");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void aNewcomerSignsUpCreatesAnOrganisationAndAColleagueJoins(String language) {
        Words words = words(language);
        String ownerEmail = TestPeople.uniqueEmail("owner-" + language);
        String colleagueEmail = TestPeople.uniqueEmail("colleague-" + language);
        String organisationName = "Smålandsbygdens Kooperativ " + language.toUpperCase();

        Page owner = browser.newPage(true);
        owner.navigate(url("/"));
        assertAccessible(owner);
        if ("en".equals(language)) {
            owner.click("a.language");
            assertThat(owner.locator("html").getAttribute("lang")).isEqualTo("en");
        }
        owner.click("header a[href='/registrera']");
        assertThat(owner.locator("h1").textContent()).isEqualTo(words.createAccount());
        assertAccessible(owner);

        signUp(owner, "Agnes Ägare", ownerEmail);
        assertThat(owner.locator("h1").textContent()).isEqualTo(words.checkInbox());
        assertAccessible(owner);

        owner.navigate(fromMail(ownerEmail, 1, "/konto/verifiera"));
        assertAccessible(owner);
        owner.click("main form[action='/konto/verifiera'] button");
        assertThat(owner.locator(".flash").textContent()).contains(words.confirmed());
        assertAccessible(owner);

        signIn(owner, ownerEmail);
        assertThat(owner.locator("h1").textContent()).isEqualTo(words.myAccount());
        assertAccessible(owner);

        owner.click("main a[href='/organisationer/ny']");
        assertAccessible(owner);
        owner.fill("#name", organisationName);
        owner.fill("#organisationNumber", "556677-8890");
        owner.selectOption("#sector", "civil_society");
        owner.selectOption("#size", "micro");
        owner.selectOption("#municipality", "0687");
        owner.fill("#website", "kooperativ.example.se");
        owner.fill("#description", "Vi driver ett kooperativ för hållbar mat i Tranås.\n\nVi söker partner.");
        owner.check("#challenges-2");
        owner.check("#challenges-12");
        owner.click("main form button[type=submit]");
        assertThat(owner.locator(".error-summary").textContent()).contains(words.badNumber());
        assertThat(owner.locator("#name").inputValue()).isEqualTo(organisationName);
        assertAccessible(owner);

        owner.fill("#organisationNumber", OrganisationNumbers.random());
        owner.click("main form button[type=submit]");
        assertThat(owner.locator("h1").textContent()).isEqualTo(organisationName);
        assertThat(owner.locator(".flash").textContent()).contains(words.created());
        assertAccessible(owner);

        owner.click("main a[href$='/medlemmar']");
        assertAccessible(owner);
        owner.fill("#email", colleagueEmail);
        owner.click("main form button[type=submit]");
        assertThat(owner.locator(".flash").textContent()).contains(words.invitationSent());
        assertAccessible(owner);

        Page colleague = browser.newPage(true);
        if ("en".equals(language)) {
            colleague.navigate(url("/?lang=en"));
        }
        colleague.navigate(fromMail(colleagueEmail, 1, "/inbjudan/"));
        assertThat(colleague.locator("h1").textContent()).contains(organisationName);
        assertAccessible(colleague);
        colleague.click("main a[href^='/registrera']");
        assertAccessible(colleague);
        signUp(colleague, "Kim Kollega", colleagueEmail);
        colleague.navigate(fromMail(colleagueEmail, 2, "/konto/verifiera"));
        colleague.click("main form[action='/konto/verifiera'] button");
        assertAccessible(colleague);
        signIn(colleague, colleagueEmail);
        assertThat(colleague.url()).contains("/inbjudan/");
        assertAccessible(colleague);
        colleague.click("main form button[type=submit]");
        assertThat(colleague.locator(".flash").textContent()).contains(words.joined());
        assertThat(colleague.locator("main").textContent()).contains("Kim Kollega");
        assertAccessible(colleague);

        owner.reload();
        assertThat(owner.locator("main").textContent()).contains("Kim Kollega");
        owner.context().close();
        colleague.context().close();
    }

    @Test
    void theDirectoryFiltersWithoutJavaScript() {
        Page page = browser.newPage(false);
        page.navigate(url("/organisationer?sector=company&municipality=0680"));
        assertThat(page.locator("#results h2").textContent()).isNotBlank();
        page.selectOption("#sector", "academia");
        page.click("form.filters button[type=submit]");
        assertThat(page.url()).contains("sector=academia");
        assertThat(page.locator("#sector").inputValue()).isEqualTo("academia");
        String filtered = page.url();
        page.context().close();
        // axe itself is a script, so the page it checks is the same address with JavaScript on.
        Page checked = browser.newPage(true);
        checked.navigate(filtered);
        assertAccessible(checked);
        checked.context().close();
    }

    @Test
    void theAccessibilityCheckReallyFindsViolations() {
        Page page = browser.newPage(true);
        page.setContent("<html><body><img src='x.png'><input type='text'></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
        page.context().close();
    }

    void signUp(Page page, String name, String email) {
        page.fill("#displayName", name);
        page.fill("#email", email);
        page.fill("#password", TestPeople.PASSWORD);
        page.click("main form button[type=submit]");
    }

    void signIn(Page page, String email) {
        fillSignIn(page, email, TestPeople.PASSWORD);
    }
}
