package org.kompanjoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.support.Burst;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.ServerTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.Visitor;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The site under a burst, through the real servlet container, connection pool and SMTP server: many
 * people sending the same form at once are answered, queued or refused with 429 or 503 and a time to
 * come back, never with a server error, never after more than five seconds, and everyone else keeps
 * reading pages meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BurstIntegrationTests extends ServerTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Test
    void fiftySignUpsAtOnceAreAnsweredOrRefusedWhileTheSiteKeepsReading() throws Exception {
        long listing = publishedListing();
        List<Visitor> visitors = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Visitor visitor = new Visitor(port);
            visitor.get("/registrera");
            visitors.add(visitor);
            addresses.add(TestPeople.uniqueEmail("burst" + i));
        }
        Visitor reader = new Visitor(port);

        Burst.Outcome outcome = Burst.of(
                        50,
                        i -> visitors.get(i)
                                .post(
                                        "/registrera",
                                        "displayName",
                                        "Person " + i,
                                        "email",
                                        addresses.get(i),
                                        "password",
                                        TestPeople.PASSWORD,
                                        "homepage",
                                        ""),
                        () -> reader.get("/annonser/" + listing))
                .assertHeld();

        // Each account that was said to be made exists, and its verification mail goes out.
        long accepted = outcome.count(302);
        assertThat(accepted).as(outcome.summary()).isPositive();
        long created = jdbc.sql("select count(*) from accounts_person where email like 'burst%'")
                .query(Long.class)
                .single();
        assertThat(created).isEqualTo(accepted);
        for (int i = 0; i < 50; i++) {
            if (outcome.answers().get(i).status() == 302) {
                TestMailServer.awaitMail(addresses.get(i), 1);
            }
        }
    }

    @Test
    void twoHundredInterestsInOneListingAtOnceAreTakenOrToldToComeBackWhileTheSiteKeepsReading() throws Exception {
        long listing = publishedListing();
        String hash = passwords.encode(TestPeople.PASSWORD);
        List<Visitor> members = signedIn(200, hash);
        for (Visitor member : members) {
            member.get("/annonser/" + listing);
        }
        Visitor reader = new Visitor(port);

        Burst.Outcome outcome = Burst.of(
                        200,
                        i -> members.get(i)
                                .post("/annonser/" + listing + "/intresse", "message", "Vi vill gärna vara med, " + i),
                        () -> reader.get("/annonser/" + listing))
                .assertHeld();

        long taken = outcome.count(302);
        long stored = jdbc.sql("select count(*) from listings_interest where listing_id = ?")
                .param(listing)
                .query(Long.class)
                .single();
        // Each interest the site said it took is there, and only those: whoever was asked to come back
        // (503 with Retry-After, when the machine is too busy to take them all in time) lost nothing.
        assertThat(stored).as(outcome.summary()).isEqualTo(taken);
        assertThat(taken + outcome.count(503)).as(outcome.summary()).isEqualTo(200);
        assertThat(taken).as(outcome.summary()).isPositive();
    }

    /**
     * Every form of the site, found from the application's own routes so that a new one is tried too,
     * sent fifty times at once by a signed-in coordinator, with nothing filled in: the bursts of bad input
     * a broken script or an impatient double click bring.
     */
    @Test
    void everyFormTakesFiftyAtOnce() throws Exception {
        long listing = publishedListing();
        String hash = passwords.encode(TestPeople.PASSWORD);
        String email = TestPeople.uniqueEmail("staff");
        long staff = credentials.createVerified("Stina Stab", email, hash, Languages.SWEDISH, Role.COORDINATOR);
        Visitor reader = new Visitor(port);
        List<String> forms = routes.getHandlerMethods().keySet().stream()
                .filter(mapping -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .sorted()
                .toList();
        assertThat(forms).hasSizeGreaterThan(30);
        for (String form : forms) {
            // A variable limited to a few words ({decision:komplettera|ta-bort}) takes the first of them.
            String path = form.replaceAll("\\{\\w+:([^|}]+)[^}]*}", "$1")
                    .replace("{id}", String.valueOf(listing))
                    .replace("{personId}", String.valueOf(staff))
                    .replace("{invitationId}", "1")
                    .replace("{slug}", "finns-inte")
                    .replace("{token}", "ingen-giltig-nyckel")
                    .replace("{kind}", "SECTOR")
                    .replace("{code}", "company")
                    // Any other id (a registration, a correction) is a number that may or may not exist.
                    .replaceAll("\\{\\w+}", "1");
            Visitor visitor = new Visitor(port);
            assertThat(visitor.signIn(email, TestPeople.PASSWORD)).isTrue();
            visitor.get("/mitt-konto");
            Burst.Outcome outcome = Burst.of(50, i -> visitor.post(path), () -> reader.get("/annonser/" + listing));
            assertThat(outcome.answers()).as(path + " " + outcome.summary()).allSatisfy(Burst::assertOrderly);
            outcome.assertHeld();
        }
    }

    private List<Visitor> signedIn(int count, String hash) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Visitor>> signingIn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = TestPeople.uniqueEmail("member" + i);
                credentials.createVerified("Medlem " + i, email, hash, Languages.SWEDISH);
                signingIn.add(threads.submit(() -> {
                    Visitor visitor = new Visitor(port);
                    assertThat(visitor.signIn(email, TestPeople.PASSWORD))
                            .as("sign-in of " + email)
                            .isTrue();
                    return visitor;
                }));
            }
            List<Visitor> visitors = new ArrayList<>();
            for (Future<Visitor> visitor : signingIn) {
                visitors.add(visitor.get());
            }
            return visitors;
        } finally {
            threads.shutdownNow();
        }
    }

    private long publishedListing() {
        String hash = passwords.encode(TestPeople.PASSWORD);
        long owner = credentials.createVerified("Ägare", TestPeople.uniqueEmail("owner"), hash, Languages.SWEDISH);
        long coordinator = credentials.createVerified(
                "Samordnare", TestPeople.uniqueEmail("coordinator"), hash, Languages.SWEDISH, Role.COORDINATOR);
        long id = postings.saveDraft(
                owner,
                new ListingContent(
                        Category.COLLABORATION,
                        Direction.SEEKING,
                        "Söker partner för ett återbruksprojekt",
                        "Vi söker en partner för att starta ett återbruk i Jönköping.",
                        "Vi är en förening som vill starta ett återbruk.",
                        List.of("12"),
                        List.of("company"),
                        List.of("återbruk"),
                        PlaceKind.MUNICIPALITY,
                        "0680",
                        null,
                        "sv",
                        LocalDate.now().plusDays(30)));
        postings.submit(id, owner);
        postings.approve(id, coordinator);
        return id;
    }
}
