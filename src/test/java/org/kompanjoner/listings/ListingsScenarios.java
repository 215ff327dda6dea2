package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What posting and managing listings must do, on each supported database (see the subclasses). */
abstract class ListingsScenarios extends SiteTest {

    @Autowired
    org.kompanjoner.listings.internal.ExpiryJob expiryJob;

    @Autowired
    org.kompanjoner.search.SearchIndex searchIndex;

    @Autowired
    org.kompanjoner.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    long listingsOf(long ownerId) {
        return jdbc.sql("select count(*) from listings_listing where owner_id = ?")
                .param(ownerId)
                .query(Long.class)
                .single();
    }

    String state(long id) {
        return jdbc.sql("select state from listings_listing where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /**
     * A complete, valid listing form for {@code path}; {@code changes} are name and value pairs that
     * replace fields (a value with commas becomes several values, as checkboxes send them).
     */
    static MockHttpServletRequestBuilder listing(String path, String title, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("direction", "SEEKING");
        fields.put("category", "COMPETENCE");
        fields.put("title", title);
        fields.put("summary", "Vi söker kompetens inom kompetensförsörjning för små företag.");
        fields.put("description", "Vi är ett litet företag i **Jönköping**.");
        fields.put("challenges", "4,8");
        fields.put("sectors", "academia");
        fields.put("tags", "rekrytering, praktik");
        fields.put("placeKind", "MUNICIPALITY");
        fields.put("municipality", "0680");
        fields.put("language", "sv");
        fields.put("expiresOn", LocalDate.now().plusDays(60).toString());
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> request.param(
                name, name.equals("challenges") || name.equals("sectors") ? value.split(",") : new String[] {value}));
        return request;
    }

    long postListing(MockHttpSession session, String title, String action, String... changes) throws Exception {
        String location = mvc.perform(listing("/annonser/ny", title, changes)
                        .param("action", action)
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/annonser/");
        return Long.parseLong(location.substring("/annonser/".length()));
    }

    @Test
    void refusesBadInputWithAMessageAndStoresNothing() throws Exception {
        Someone poster = people.member("Ada Alm");
        MockHttpSession session = people.signIn(poster);
        expectRefused(listing("/annonser/ny", "").session(session), "Skriv en rubrik");
        expectRefused(listing("/annonser/ny", "x".repeat(121)).session(session), "högst 120 tecken");
        expectRefused(
                listing("/annonser/ny", "Fyra mål", "challenges", "1,2,3,4").session(session),
                "högst 3 samhällsutmaningar");
        expectRefused(
                listing("/annonser/ny", "Okänd kommun", "municipality", "9999").session(session),
                "Välj en kommun i listan");
        expectRefused(
                listing(
                                "/annonser/ny",
                                "Gammalt datum",
                                "expiresOn",
                                LocalDate.now().minusDays(1).toString())
                        .session(session),
                "efter i dag");
        expectRefused(
                listing(
                                "/annonser/ny",
                                "Too far",
                                "expiresOn",
                                LocalDate.now().plusDays(400).toString())
                        .cookie(new Cookie("lang", "en"))
                        .session(session),
                "at most 365 days");
        expectRefused(
                listing("/annonser/ny", "Någon annans organisation")
                        .param("organisation", "1")
                        .session(session),
                "Välj en organisation som du tillhör");
        // A hand-made request with no fields at all gets the same messages, not an error page.
        expectRefused(post("/annonser/ny").with(csrf()).session(session), "Välj svenska eller engelska");
        assertThat(listingsOf(poster.id())).isZero();
    }

    @Test
    void aNewMemberMayPostOnlyAFewLinksUntilAListingOfTheirsIsPublished() throws Exception {
        Someone poster = people.member("Lina Lund");
        MockHttpSession session = people.signIn(poster);
        String threeLinks = "Se https://a.example, https://b.example och www.c.example.";
        expectRefused(
                listing("/annonser/ny", "Tre länkar", "description", threeLinks).session(session), "högst 2 länkar");
        assertThat(listingsOf(poster.id())).isZero();

        long first = postListing(
                session, "Två länkar går bra", "submit", "description", "https://a.example och https://b.example");
        approveAsCoordinator(first);
        long second = postListing(session, "Nu går tre länkar bra", "submit", "description", threeLinks);
        assertThat(state(second)).isEqualTo("PUBLISHED");
    }

    @Test
    void reviewCannotBeSidesteppedByEditingOrResubmittingOrByLinksWithoutAScheme() throws Exception {
        Someone poster = people.member("Ulla Ulv");
        MockHttpSession session = people.signIn(poster);
        expectRefused(
                listing(
                                "/annonser/ny",
                                "Dolda länkar",
                                "description",
                                "[a](//a.example) [b](//b.example) [c](//c.example)")
                        .session(session),
                "högst 2 länkar");
        long first = liveListingOf(poster, session, "Ofarlig första annons");
        awaitSearch("/annonser?q=Ofarlig", "Ofarlig första annons", true);

        // Rewritten after approval with many links: back to review, out of sight.
        mvc.perform(listing(
                                "/annonser/" + first + "/redigera",
                                "Ofarlig första annons",
                                "description",
                                "https://a.example https://b.example https://c.example https://d.example")
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashMessageKey", "listings.saved.review"));
        assertThat(state(first)).isEqualTo("PENDING_REVIEW");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(searchIndex
                                .search(new org.kompanjoner.search.SearchQuery(
                                        "listings",
                                        "Ofarlig",
                                        java.util.Map.of(),
                                        List.of(),
                                        org.kompanjoner.search.SearchQuery.Order.RELEVANCE,
                                        0,
                                        10,
                                        LocalDate.now()))
                                .ids())
                        .doesNotContain(first));

        // Sent back by a coordinator and submitted again unchanged: reviewed again, not published at once.
        long second = postListing(session, "Andra annonsen", "submit");
        assertThat(state(second)).isEqualTo("PUBLISHED");
        postings.askForChanges(second, people.coordinator("Vera Vakt").id(), "Skriv vilka ni söker.");
        mvc.perform(post("/annonser/" + second + "/skicka").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(second)).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void linksCountInEverySpellingABrowserOrTheMarkdownFollows() throws Exception {
        Someone poster = people.member("Vide Vinge");
        MockHttpSession session = people.signIn(poster);
        for (String threeLinks : List.of(
                "https:a.example https:b.example https:c.example",
                "HTTPS:a.example HtTp:b.example http:\\\\c.example",
                "<https://a.example> <HTTPS:b.example> <mailto:c@c.example>",
                "[a](https:a.example) [b](javascript:alert(1)) [c](data:text/html,c)")) {
            expectRefused(
                    listing("/annonser/ny", "Tre länkar", "description", threeLinks)
                            .session(session),
                    "högst 2 länkar");
        }
        // Plain fields count too: nobody clicks them, but they carry the same spam.
        expectRefused(
                listing("/annonser/ny", "https:a.example", "summary", "Se https:b.example", "tags", "https:c.example")
                        .session(session),
                "högst 2 länkar");
        assertThat(listingsOf(poster.id())).isZero();
    }

    @Test
    void aPublishedListingEditedToHoldTenLinksInAnySpellingGoesBackToReview() throws Exception {
        Someone poster = people.member("Wera Wall");
        MockHttpSession session = people.signIn(poster);
        long id = liveListingOf(poster, session, "Vänlig annons om samverkan");
        awaitSearch("/annonser?q=Vänlig", "Vänlig annons om samverkan", true);
        String tenLinks = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> "HTTPS:spam" + i + ".example")
                .collect(java.util.stream.Collectors.joining(" "));
        mvc.perform(listing("/annonser/" + id + "/redigera", "Vänlig annons om samverkan", "description", tenLinks)
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashMessageKey", "listings.saved.review"));
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
        awaitSearch("/annonser?q=Vänlig", "Vänlig annons om samverkan", false);
    }

    /** Approves as a coordinator would: someone other than the listing's owner. */
    void approveAsCoordinator(long listingId) {
        postings.approve(listingId, people.coordinator("Greta Granskare").id());
    }

    long liveListingOf(Someone poster, MockHttpSession session, String title) throws Exception {
        long id = postListing(session, title, "submit");
        approveAsCoordinator(id);
        return id;
    }

    void expectRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void scriptInTheDescriptionIsNeutralised() throws Exception {
        MockHttpSession session = people.signIn(people.member("Bengt Berg"));
        String location = mvc.perform(listing(
                                "/annonser/ny",
                                "Skript",
                                "description",
                                "<script>alert('x')</script> [länk](javascript:alert(1))")
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    @Test
    void aFirstListingWaitsForReviewAndALaterOneIsPublishedAtOnce() throws Exception {
        Someone poster = people.member("Cilla Cederholm");
        MockHttpSession session = people.signIn(poster);
        long first = postListing(session, "Söker praktikplatser", "submit");
        assertThat(state(first)).isEqualTo("PENDING_REVIEW");
        mvc.perform(get("/annonser/" + first)).andExpect(status().isNotFound());

        approveAsCoordinator(first);
        assertThat(state(first)).isEqualTo("PUBLISHED");
        awaitSearch("/annonser?q=praktikplatser", "Söker praktikplatser", true);

        long second = postListing(session, "Erbjuder mentorskap", "submit");
        assertThat(state(second)).isEqualTo("PUBLISHED");

        mvc.perform(post("/annonser/" + second + "/ta-tillbaka")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(second)).isEqualTo("WITHDRAWN");
        awaitSearch("/annonser?q=mentorskap", "Erbjuder mentorskap", false);

        mvc.perform(post("/annonser/" + first + "/partner-hittad")
                        .param("story", "Vi fick två praktikanter från Tekniska Högskolan.")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(first)).isEqualTo("FULFILLED");
        mvc.perform(get("/annonser/" + first))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi fick två praktikanter")));
        assertThat(jdbc.sql("select count(*) from listings_state_change where listing_id = ?")
                        .param(first)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    /** Posts a listing as a new member and has it approved, so that it is live. */
    long liveListing(String poster, String title, String... changes) throws Exception {
        Someone someone = people.member(poster);
        long id = postListing(people.signIn(someone), title, "submit", changes);
        approveAsCoordinator(id);
        return id;
    }

    @Test
    void aListingPageShowsComplementaryListingsOnTheSameChallengesAndStructuredData() throws Exception {
        long seeking = liveListing("Hanna Hed", "Söker </script> handledare", "challenges", "4,8");
        liveListing("Ivar Ilg", "Erbjuder handledning i arbetsmiljö", "direction", "OFFERING", "challenges", "8");
        liveListing("Jon Jarl", "Erbjuder klimatrådgivning", "direction", "OFFERING", "challenges", "13");
        liveListing("Kaj Kull", "Söker också handledare", "challenges", "8");
        awaitSearch("/annonser?q=handledning", "Erbjuder handledning i arbetsmiljö", true);

        String page = mvc.perform(get("/annonser/" + seeking))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String related = page.substring(page.indexOf("id=\"related-title\""));
        assertThat(related)
                .contains("Erbjuder handledning i arbetsmiljö")
                .doesNotContain("Erbjuder klimatrådgivning")
                .doesNotContain("Söker också handledare");
        // The title's markup cannot close the data block: it is written as Unicode escapes there.
        String data =
                page.substring(page.indexOf("<script type=\"application/ld+json\">"), page.lastIndexOf("</script>"));
        assertThat(data)
                .contains("\"@type\":\"Demand\"")
                .contains("\"name\":\"Söker \\u003c/script\\u003e handledare\"")
                .contains("\"validThrough\":\"" + LocalDate.now().plusDays(60) + "\"")
                .doesNotContain("Hanna Hed");
    }

    @Test
    void aMemberCannotEditSubmitOrWithdrawAnothersListing() throws Exception {
        MockHttpSession owner = people.signIn(people.member("Dan Dahlberg"));
        long id = postListing(owner, "Dans utkast", "draft");
        MockHttpSession other = people.signIn(people.member("Eja Ek"));
        mvc.perform(get("/annonser/" + id + "/redigera").session(other)).andExpect(status().isForbidden());
        mvc.perform(listing("/annonser/" + id + "/redigera", "Kapad").session(other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/annonser/" + id + "/skicka").session(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/annonser/" + id + "/ta-tillbaka").session(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/annonser/" + id).session(other)).andExpect(status().isNotFound());
        assertThat(state(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select title from listings_listing where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Dans utkast");
    }

    @Test
    void anExpiredListingLeavesTheListAndItsPageSaysSo() throws Exception {
        Someone poster = people.member("Frida Fors");
        MockHttpSession session = people.signIn(poster);
        long id = postListing(session, "Snart utgången annons", "submit");
        approveAsCoordinator(id);
        awaitSearch("/annonser?q=utgången", "Snart utgången annons", true);
        // Its last day passes, and the hourly job closes it.
        clock.advance(java.time.Duration.ofDays(61));
        expiryJob.run();
        assertThat(state(id)).isEqualTo("EXPIRED");
        awaitSearch("/annonser?q=utgången", "Snart utgången annons", false);
        mvc.perform(get("/annonser/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har gått ut")))
                // No longer described to search engines as an open offer, nor indexed.
                .andExpect(content().string(not(containsString("application/ld+json"))))
                .andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex\">")));
    }

    @Test
    void aRenamedOrganisationsListingsAreFoundByItsNewNameOnly() throws Exception {
        Someone poster = people.member("Rut Rask");
        MockHttpSession session = people.signIn(poster);
        String number = org.kompanjoner.support.OrganisationNumbers.random();
        String slug =
                org.kompanjoner.support.OrganisationForms.create(mvc, session, "Snickarglädjen i Aneby AB", number);
        long organisation = jdbc.sql("select id from accounts_organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        long id = postListing(
                session, "Söker lärlingar till verkstaden", "submit", "organisation", String.valueOf(organisation));
        approveAsCoordinator(id);
        awaitSearch("/annonser?q=snickarglädjen", "Söker lärlingar till verkstaden", true);

        mvc.perform(org.kompanjoner.support.OrganisationForms.form(
                                "/organisationer/" + slug + "/redigera", "Hyvelbänken i Aneby AB", number)
                        .session(session))
                .andExpect(status().is3xxRedirection());
        awaitSearch("/annonser?q=hyvelbänken", "Söker lärlingar till verkstaden", true);
        awaitSearch("/annonser?q=snickarglädjen", "Söker lärlingar till verkstaden", false);
    }

    /** Waits for the search index, which the listing events update after the commit, to show or drop a title. */
    void awaitSearch(String path, String title, boolean shown) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andExpect(content().string(shown ? containsString(title) : not(containsString(title)))));
    }

    @Test
    void aPartOfACompoundFindsAKeywordBelowALongDescription() throws Exception {
        liveListing(
                "Vera Vinge",
                "Söker lärlingar till snickeriet",
                "tags",
                "lärlingsplatsförsörjning",
                "description",
                "Vi är ett snickeri med lång erfarenhet. ".repeat(40));
        awaitSearch("/annonser?q=lärlingsplats", "Söker lärlingar till snickeriet", true);
    }

    @Test
    void searchFindsStemmedWordsAndPartsOfCompoundsAndFilters() throws Exception {
        Someone poster = people.member("Gustav Grön");
        MockHttpSession session = people.signIn(poster);
        long id = postListing(session, "Kompetensförsörjning i glesbygden", "submit");
        approveAsCoordinator(id);
        awaitSearch("/annonser?q=kompetens", "Kompetensförsörjning i glesbygden", true);
        awaitSearch("/annonser?q=glesbygd", "Kompetensförsörjning i glesbygden", true);
        awaitSearch(
                "/annonser?q=försörjning&direction=SEEKING&municipality=0680",
                "Kompetensförsörjning i glesbygden",
                true);
        awaitSearch("/annonser?q=kompetens&direction=OFFERING", "Kompetensförsörjning i glesbygden", false);
        mvc.perform(get("/annonser").param("q", "kompetens").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Kompetensförsörjning i glesbygden")));
        mvc.perform(get("/annonser")
                        .param("page", "9999")
                        .param("sort", "nonsense")
                        .param("category", "X"))
                .andExpect(status().isOk());
    }

    @Test
    void theHourlyJobExpiresListingsAndRemindsOwnersWithAOneClickRenewal() throws Exception {
        Someone poster = people.member("Hugo Hed");
        MockHttpSession session = people.signIn(poster);
        LocalDate lastDay = LocalDate.now().plusDays(10);
        long expiring = postListing(session, "Går ut om sex dagar", "submit", "expiresOn", lastDay.toString());
        approveAsCoordinator(expiring);
        // The poster's second listing is published at once.
        long past = postListing(
                session,
                "Gick ut i går",
                "submit",
                "expiresOn",
                LocalDate.now().plusDays(3).toString());
        assertThat(state(past)).isEqualTo("PUBLISHED");
        // Four days pass: the second listing's last day is behind it, the first has six days left.
        clock.advance(java.time.Duration.ofDays(4));

        expiryJob.run();
        expiryJob.run();

        assertThat(state(past)).isEqualTo("EXPIRED");
        java.util.List<String> reminders = jdbc.sql(
                        "select body_text from notifications_mail where recipient = ? and carries_secret = true")
                .param(poster.email())
                .query(String.class)
                .list();
        assertThat(reminders).hasSize(1);
        String link = reminders
                .get(0)
                .lines()
                .filter(line -> line.contains("/annonser/forlang/"))
                .findFirst()
                .orElseThrow();
        String path = link.substring(link.indexOf("/annonser/forlang/"));
        // Opening the link (as a mail scanner does) asks first and changes nothing.
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Går ut om sex dagar")));
        mvc.perform(get(path)).andExpect(status().isOk());
        assertThat(jdbc.sql("select expires_on from listings_listing where id = ?")
                        .param(expiring)
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(lastDay);
        mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select expires_on from listings_listing where id = ?")
                        .param(expiring)
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(postings.today().plusDays(Postings.DEFAULT_DAYS));
        mvc.perform(get(path)).andExpect(status().isBadRequest());
        mvc.perform(post(path).with(csrf())).andExpect(status().isBadRequest());
    }

    long published(String title, Someone owner, MockHttpSession session) throws Exception {
        long id = postListing(session, title, "submit");
        if (state(id).equals("PENDING_REVIEW")) {
            approveAsCoordinator(id);
        }
        return id;
    }

    /** Expresses interest and gives the address of the conversation it opens. */
    String expressInterest(long listing, MockHttpSession session, String message) throws Exception {
        return mvc.perform(post("/annonser/" + listing + "/intresse")
                        .param("message", message)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    long mailsTo(String email) {
        return jdbc.sql("select count(*) from notifications_mail where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void anInterestIsAcceptedAndOnlyThenContactDetailsAndMessagesFlow() throws Exception {
        Someone owner = people.member("Ingela Isberg");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = published("Söker partner för återbruk", owner, ownerSession);
        mvc.perform(post("/annonser/" + listing + "/intresse")
                        .param("message", "Min egen annons")
                        .session(ownerSession)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        Someone member = people.member("Jakob Jansson");
        MockHttpSession memberSession = people.signIn(member);
        mvc.perform(post("/annonser/" + listing + "/intresse")
                        .param("message", " ")
                        .session(memberSession)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv ett meddelande till annonsören")));
        long ownerMailsBefore = mailsTo(owner.email());
        String conversation = expressInterest(listing, memberSession, "Vi driver en återbruksbutik i Eksjö.");
        assertThat(mailsTo(owner.email())).isEqualTo(ownerMailsBefore + 1);
        mvc.perform(post("/annonser/" + listing + "/intresse")
                        .param("message", "Igen")
                        .session(memberSession)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("redan visat intresse")));

        // Before acceptance, neither sees the other's address.
        mvc.perform(get(conversation).session(memberSession))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(owner.email()))));
        MockHttpSession stranger = people.signIn(people.member("Kalle Kula"));
        mvc.perform(get(conversation).session(stranger)).andExpect(status().isForbidden());
        mvc.perform(post(conversation + "/acceptera").session(stranger).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(conversation + "/acceptera").session(memberSession).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(conversation + "/meddelanden")
                        .param("body", "Hej?")
                        .session(memberSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Nothing was written in this conversation (other tests' conversations are not counted).
        long interestId = Long.parseLong(conversation.substring(conversation.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from listings_message where interest_id = ?")
                        .param(interestId)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post(conversation + "/acceptera").session(ownerSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(conversation).session(memberSession))
                .andExpect(content().string(containsString(owner.email())));
        mvc.perform(get(conversation).session(ownerSession))
                .andExpect(content().string(containsString(member.email())));
        long memberMails = mailsTo(member.email());
        mvc.perform(post(conversation + "/meddelanden")
                        .param("body", "Välkomna! Kan ni träffas på tisdag?")
                        .session(ownerSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mailsTo(member.email())).isEqualTo(memberMails + 1);
        mvc.perform(get(conversation).session(memberSession))
                .andExpect(content().string(containsString("Kan ni träffas på tisdag?")));
    }

    @Test
    void anInterestLeavesANoticeInTheAppThatOnlyItsRecipientCanOpen() throws Exception {
        Someone owner = people.member("Maja Malm");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = published("Söker partner för stadsodling", owner, ownerSession);
        MockHttpSession memberSession = people.signIn(people.member("Nils Nord"));
        String conversation = expressInterest(listing, memberSession, "Vi odlar på tak i Värnamo.");

        // Staff reading the outbox see that the owner was mailed, not what the member wrote.
        long mail = jdbc.sql("select id from notifications_mail where recipient = ?")
                .param(owner.email())
                .query(Long.class)
                .single();
        mvc.perform(get("/admin/e-post/" + mail).session(people.signIn(people.coordinator("Ola Översyn"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon är intresserad av din annons")))
                .andExpect(content().string(not(containsString("Vi odlar på tak i Värnamo."))));
        long notice = jdbc.sql("select id from notifications_notice where person_id = ?")
                .param(owner.id())
                .query(Long.class)
                .single();
        mvc.perform(get("/annonser").session(ownerSession))
                .andExpect(content().string(containsString("<span class=\"count\">1")));
        mvc.perform(get("/notiser").session(ownerSession).cookie(new Cookie("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Someone is interested in your listing “Söker partner för stadsodling”")));
        mvc.perform(get("/notiser/" + notice).session(memberSession)).andExpect(status().isNotFound());
        mvc.perform(get("/notiser")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from notifications_notice where read_at is null and person_id = ?")
                        .param(owner.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get("/notiser/" + notice).session(ownerSession))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(conversation));
        mvc.perform(get("/annonser").session(ownerSession))
                .andExpect(content().string(not(containsString("<span class=\"count\">"))));
    }

    @Test
    void theOwnerCannotAcceptInterestOnceACoordinatorRemovedTheListing() throws Exception {
        Someone owner = people.member("Olle Ort");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = published("Söker kunder till en bluff", owner, ownerSession);
        Someone member = people.member("Pia Pil");
        String conversation = expressInterest(listing, people.signIn(member), "Låter intressant.");
        postings.remove(listing, people.coordinator("Rut Rättvis").id(), "Bedrägeri");

        // Removing declined the waiting interest; accepting it afterwards is refused and reveals nothing.
        mvc.perform(post(conversation + "/acceptera").session(ownerSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from listings_interest where listing_id = ?")
                        .param(listing)
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED");
        mvc.perform(get(conversation).session(ownerSession))
                .andExpect(content().string(not(containsString(member.email()))));
    }

    @Test
    void anInterestSentSeveralTimesAtOnceOrAfterAcceptanceOpensOnlyOne() throws Exception {
        Someone owner = people.member("Siv Sund");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = published("Söker partner för cykelkök", owner, ownerSession);
        MockHttpSession memberSession = people.signIn(people.member("Tor Tall"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> mvc.perform(post("/annonser/" + listing + "/intresse")
                                .param("message", "Vi lagar cyklar.")
                                .session(memberSession)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
            }
            for (var status : sent) {
                assertThat(status.get()).isIn(302, 400);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from listings_interest where listing_id = ?")
                        .param(listing)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long interest = jdbc.sql("select id from listings_interest where listing_id = ?")
                .param(listing)
                .query(Long.class)
                .single();
        mvc.perform(post("/intressen/" + interest + "/acceptera")
                        .session(ownerSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/annonser/" + listing + "/intresse")
                        .param("message", "Igen, från en gammal flik.")
                        .session(memberSession)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("redan visat intresse")));
        mvc.perform(get("/annonser/" + listing).session(memberSession)).andExpect(status().isOk());
    }

    @Test
    void interestsStillWaitingAreDeclinedAndTheirSendersToldWhenTheOwnerFindsAPartner() throws Exception {
        Someone owner = people.member("Alva Ask");
        MockHttpSession ownerSession = people.signIn(owner);
        long listing = published("Söker partner för matsvinn", owner, ownerSession);
        Someone chosen = people.member("Bror Bok");
        Someone waiting = people.member("Cecilia Celsing");
        String accepted = expressInterest(listing, people.signIn(chosen), "Vi har en app för matsvinn.");
        expressInterest(listing, people.signIn(waiting), "Vi driver en matbank.");
        mvc.perform(post(accepted + "/acceptera").session(ownerSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long waitingMails = mailsTo(waiting.email());

        mvc.perform(post("/annonser/" + listing + "/partner-hittad")
                        .session(ownerSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select state from listings_interest where listing_id = ? order by id")
                        .param(listing)
                        .query(String.class)
                        .list())
                .containsExactly("ACCEPTED", "DECLINED");
        assertThat(mailsTo(waiting.email())).isEqualTo(waitingMails + 1);
        assertThat(jdbc.sql("select subject from notifications_mail where recipient = ? order by id desc")
                        .param(waiting.email())
                        .query(String.class)
                        .list()
                        .get(0))
                .contains("är stängd");
    }

    @Test
    void theEleventhInterestInADayIsRefused() throws Exception {
        Someone owner = people.member("Lotta Lind");
        MockHttpSession ownerSession = people.signIn(owner);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ids.add(published("Annons nummer " + i, owner, ownerSession));
        }
        MockHttpSession member = people.signIn(people.member("Mira Molin"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/annonser/" + ids.get(i) + "/intresse")
                            .param("message", "Intresserad")
                            .session(member)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/annonser/" + ids.get(10) + "/intresse")
                        .param("message", "Intresserad")
                        .session(member)
                        .with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("många annonser i dag")));
    }

    @Test
    void postingNeedsAnAccount() throws Exception {
        mvc.perform(get("/annonser/ny")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mina-annonser")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/listings")).andExpect(status().isOk());
    }
}
