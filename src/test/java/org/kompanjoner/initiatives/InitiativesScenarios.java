package org.kompanjoner.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kompanjoner.support.InitiativeMother.form;
import static org.kompanjoner.support.InitiativeMother.suggestion;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.initiatives.internal.InitiativeIndexer;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.initiatives.internal.VerificationJob;
import org.kompanjoner.support.InitiativeMother;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the social-innovation inventory must do, on each supported database (see the subclasses). */
abstract class InitiativesScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Credentials credentials;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Inventory inventory;

    @Autowired
    VerificationJob verificationJob;

    @Autowired
    InitiativeIndexer indexer;

    @Autowired
    JdbcOrganisations organisations;

    TestPeople people;

    /** A word no other test's entries hold, so that searches find this test's entries alone. */
    String token;

    @BeforeEach
    void setUp() {
        people = new TestPeople(credentials, passwords, mvc);
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        token = word.toString();
    }

    long suggest(MockHttpSession session, String name, String... changes) throws Exception {
        String location = mvc.perform(suggestion(name, changes).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/initiativ/");
        return Long.parseLong(location.substring("/initiativ/".length()));
    }

    /** Published by a coordinator who is not among its owners. */
    long published(MockHttpSession session, String name, String... changes) throws Exception {
        long id = suggest(session, name, changes);
        inventory.approve(id, TestPeople.reviewer(credentials), null);
        return id;
    }

    /** Approves the version in the database now, from the review queue, as the coordinator of {@code staff}. */
    void approveFromTheQueue(long id, MockHttpSession staff) throws Exception {
        long seen = jdbc.sql("select updated_at from initiatives_initiative where id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toInstant()
                .toEpochMilli();
        mvc.perform(post("/admin/granskning/initiativ/" + id + "/godkann")
                        .param("seen", String.valueOf(seen))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    String state(long id) {
        return jdbc.sql("select state from initiatives_initiative where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from initiatives_initiative")
                .query(Long.class)
                .single();
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        result.getResponse().setCharacterEncoding("UTF-8");
        return result.getResponse().getContentAsString();
    }

    List<String> mailSubjects(String email) {
        return jdbc.sql("select subject from notifications_mail where recipient = ? order by id")
                .param(email)
                .query(String.class)
                .list();
    }

    void expectRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                // The message is tied to its field, and the summary links to the field.
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")));
    }

    void awaitSearch(String path, String shown, boolean found) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andExpect(content().string(found ? containsString(shown) : not(containsString(shown)))));
    }

    @Test
    void aSuggestionWaitsInTheOneReviewQueueUntilACoordinatorPublishesItAndTheSuggesterIsTold() throws Exception {
        Someone member = people.member("Saga Sund");
        MockHttpSession session = people.signIn(member);
        String name = "Cykelverkstan " + token;
        long id = suggest(session, name);
        assertThat(state(id)).isEqualTo("SUGGESTED");

        // Only its owner and staff see it while it waits.
        mvc.perform(get("/initiativ/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/initiativ/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("väntar på att en samordnare granskar")));

        // The same queue as listings; a coordinator who is not the suggester publishes it from there.
        Someone coordinator = people.coordinator("Cilla Samordnare");
        MockHttpSession staff = people.signIn(coordinator);
        String queue = page(get("/admin/granskning").session(staff));
        assertThat(queue).contains(name).contains("/admin/granskning/initiativ/" + id + "/godkann");
        approveFromTheQueue(id, staff);
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(mailSubjects(member.email())).anyMatch(subject -> subject.contains("är publicerat"));
        assertThat(jdbc.sql("select count(*) from notifications_notice where person_id = ? and link = ?")
                        .params(member.id(), "/initiativ/" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        awaitSearch("/initiativ?q=" + token, name, true);
        mvc.perform(get("/initiativ/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"@type\":[\"Project\",\"CreativeWork\"]")));
    }

    @Test
    void theSuggesterCannotPublishTheirOwnAndACoordinatorCanDeclineWithAReasonThatIsMailed() throws Exception {
        Someone suggester = people.coordinator("Ove Egen");
        MockHttpSession session = people.signIn(suggester);
        long id = suggest(session, "Eget förslag " + token);
        mvc.perform(post("/admin/granskning/initiativ/" + id + "/godkann")
                        .param("seen", "0")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("SUGGESTED");

        MockHttpSession colleague = people.signIn(people.coordinator("Kia Kollega"));
        mvc.perform(post("/admin/granskning/initiativ/" + id + "/ta-bort")
                        .param("message", "Det här är ett företag, inte ett initiativ.")
                        .session(colleague)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("DECLINED");
        assertThat(jdbc.sql("select body_text from notifications_mail where recipient = ? order by id desc")
                        .param(suggester.email())
                        .query(String.class)
                        .list()
                        .get(0))
                .contains("Det här är ett företag, inte ett initiativ.");
    }

    @Test
    void anotherMemberCannotEditAnInitiativeTheyDoNotOwn() throws Exception {
        MockHttpSession owner = people.signIn(people.member("Olle Ägare"));
        long id = published(owner, "Språkcafé " + token);
        MockHttpSession other = people.signIn(people.member("Nils Nyfiken"));

        mvc.perform(get("/initiativ/" + id + "/redigera").session(other)).andExpect(status().isForbidden());
        mvc.perform(form("/initiativ/" + id + "/redigera", InitiativeMother.fields("Kapat " + token))
                        .session(other))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from initiatives_initiative where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Språkcafé " + token);
        // Nor are the coordinators' pages theirs.
        mvc.perform(get("/admin/initiativ").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/initiativ/" + id + "/verifiera").session(other).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedWithAMessageNamingTheFieldAndNothingIsStored() throws Exception {
        MockHttpSession session = people.signIn(people.member("Ada Alm"));
        long before = count();
        expectRefused(
                suggestion("Utan kommun", "municipality", "").session(session),
                "municipality",
                "Välj vilken kommun initiativet finns i.");
        expectRefused(
                suggestion("I Oslo", "latitude", "59.91", "longitude", "10.75").session(session),
                "longitude",
                "Longitud måste ligga inom Sverige");
        expectRefused(
                suggestion("På Svalbard", "latitude", "78,22", "longitude", "15,65")
                        .session(session),
                "latitude",
                "Latitud måste ligga inom Sverige");
        expectRefused(
                suggestion("Baklänges", "startYear", "2024", "endYear", "2020").session(session),
                "endYear",
                "Slutåret kan inte vara före startåret.");
        expectRefused(
                suggestion("Fyra mål", "challenges", "1,2,3,4").session(session),
                "challenges",
                "Välj högst 3 samhällsutmaningar.");
        expectRefused(
                suggestion("Okänd fas", "stage", "FINISHED").session(session),
                "stage",
                "Välj vilken fas initiativet är i.");
        expectRefused(
                suggestion("Only latitude", "latitude", "57.7")
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en"))
                        .session(session),
                "longitude",
                "Enter the longitude too");
        // A hand-made request with no fields at all gets messages too, not an error page.
        expectRefused(post("/initiativ/foresla").with(csrf()).session(session), "name", "Skriv initiativets namn.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOwnersEditShowsAtOnceIsFlaggedForACoordinatorAndKeptInTheHistoryFieldByField() throws Exception {
        Someone owner = people.member("Hanna Historik");
        MockHttpSession session = people.signIn(owner);
        long id = published(session, "Läxhjälp " + token);

        mvc.perform(form(
                                "/initiativ/" + id + "/redigera",
                                InitiativeMother.fields("Läxhjälp och språkstöd " + token, "stage", "ESTABLISHED"))
                        .session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PUBLISHED");
        // Shown to everyone at once ...
        String visitors = page(get("/initiativ/" + id));
        assertThat(visitors)
                .contains("Läxhjälp och språkstöd " + token)
                .contains("Namn: Läxhjälp " + token + " → Läxhjälp och språkstöd " + token)
                .contains("Fas: Pilot → Etablerat")
                // ... with the role, not the member's name, for visitors,
                .contains("En ägare")
                .doesNotContain("Hanna Historik");
        // ... and the name for the owner.
        assertThat(page(get("/initiativ/" + id).session(session))).contains("Hanna Historik");
        // ... and in the review queue with a note, until a coordinator has looked.
        MockHttpSession staff = people.signIn(people.coordinator("Greta Granskare"));
        assertThat(page(get("/admin/granskning").session(staff)))
                .contains("Läxhjälp och språkstöd " + token)
                .contains("ändrats av en ägare");
        approveFromTheQueue(id, staff);
        assertThat(page(get("/admin/granskning").session(staff))).doesNotContain("Läxhjälp och språkstöd " + token);
        assertThat(page(get("/initiativ/" + id))).contains("Godkände ändringarna");
        awaitSearch("/initiativ?q=" + token + "&stage=ESTABLISHED", "Läxhjälp och språkstöd " + token, true);
    }

    @Test
    void coordinatorsVerifyEntriesAndOwnersOfUncheckedOnesAreRemindedAtMostOnceAMonth() throws Exception {
        Someone owner = people.member("Vera Verifierad");
        MockHttpSession session = people.signIn(owner);
        long id = published(session, "Bygdebuss " + token);
        MockHttpSession staff = people.signIn(people.coordinator("Kent Kontroll"));
        assertThat(page(get("/admin/initiativ").session(staff))).doesNotContain("Bygdebuss " + token);

        // Published thirteen months ago and never checked since.
        jdbc.sql("update initiatives_initiative set published_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(400))), id)
                .update();
        assertThat(page(get("/admin/initiativ").session(staff))).contains("Bygdebuss " + token);

        verificationJob.run();
        verificationJob.run();
        assertThat(mailSubjects(owner.email()).stream().filter(subject -> subject.contains("Stämmer uppgifterna")))
                .hasSize(1);
        // A month later, if still nobody has checked it, once more.
        jdbc.sql("update initiatives_initiative set reminded_on = ? where id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().minusDays(32)), id)
                .update();
        verificationJob.run();
        assertThat(mailSubjects(owner.email()).stream().filter(subject -> subject.contains("Stämmer uppgifterna")))
                .hasSize(2);

        mvc.perform(post("/initiativ/" + id + "/verifiera").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select verified_on from initiatives_initiative where id = ?")
                        .param(id)
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(inventory.today());
        assertThat(page(get("/admin/initiativ").session(staff))).doesNotContain("Bygdebuss " + token);
        assertThat(page(get("/initiativ/" + id))).contains("Kontrollerade uppgifterna");
        verificationJob.run();
        assertThat(mailSubjects(owner.email()).stream().filter(subject -> subject.contains("Stämmer uppgifterna")))
                .hasSize(2);
    }

    @Test
    void aCsvWithABadRowNamesItsRowAndColumnAndImportsNothing() throws Exception {
        MockHttpSession staff = people.signIn(people.coordinator("Ines Import"));
        long before = count();
        String csv = "name,summary,stage,challenges,municipality,start_year,language\n"
                + "Bra rad " + token + ",En bra rad,PILOT,3,0680,2020,sv\n"
                + "Dålig rad " + token + ",En dålig rad,PILOT,3,9999,tjugotjugo,sv\n";
        String check = page(multipart("/admin/initiativ/import")
                .file(new MockMultipartFile("file", "initiativ.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .session(staff)
                .with(csrf()));
        assertThat(check)
                .contains("Rad 3, kolumn municipality:")
                .contains("Välj en kommun i listan.")
                .contains("Rad 3, kolumn start_year:")
                .contains("Ingenting har importerats")
                .doesNotContain("name=\"upload\"");
        long upload = jdbc.sql("select max(id) from initiatives_upload")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/initiativ/import/bekrafta")
                        .param("upload", String.valueOf(upload))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        // Checked by content, not by name: a binary file called .csv is refused.
        mvc.perform(multipart("/admin/initiativ/import")
                        .file(new MockMultipartFile(
                                "file", "bild.csv", "text/csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("inte en textfil i UTF-8")));
        mvc.perform(post("/admin/initiativ/import").session(staff).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj en CSV-fil")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anExportedCsvAndGeoJsonRoundTripThroughAnEmptyInventory() throws Exception {
        Someone member = people.member("Rut Rundresa");
        long organisation = organisations.create(
                new OrganisationProfile(
                        "Rundresans förening " + token,
                        OrganisationNumbers.random(),
                        "civil_society",
                        "micro",
                        "0680",
                        null,
                        "Vi reser runt.",
                        List.of()),
                member.id());
        organisations.addMember(organisation, member.id(), MembershipRole.OWNER);
        MockHttpSession session = people.signIn(member);
        long first = published(
                session,
                "Första rundan " + token,
                "linkedOrganisations",
                String.valueOf(organisation),
                "otherOrganisations",
                "Okänd förening (802000-0000)\nByalaget",
                "latitude",
                "57,78145",
                "longitude",
                "14.16",
                "contactEmail",
                "runda@example.se",
                "volunteers",
                "7");
        published(
                session,
                "Second round " + token,
                "language",
                "en",
                "summary",
                "A summary, with a comma and \"quotes\".",
                "stage",
                "ENDED",
                "endYear",
                "2025",
                "challenges",
                "10,3,17",
                "links",
                "https://a.example.se\nhttps://b.example.se/väg?x=1");
        published(
                session,
                "Tredje rundan " + token,
                "summary",
                "=1+2 är en formel i ett kalkylblad, inte här.",
                "description",
                "Rad ett.\n\nRad två med **fetstil**.");
        inventory.verify(first, TestPeople.reviewer(credentials));
        for (String name : List.of("Första rundan ", "Second round ", "Tredje rundan ")) {
            awaitSearch("/initiativ?q=" + token, name + token, true);
        }

        String csv = page(get("/initiativ.csv?q=" + token));
        String geoJson = page(get("/initiativ.geojson?q=" + token));
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("organisations")).contains("Rundresans förening " + token + " (");
        // A spreadsheet program opening the file does not run what a member wrote as a formula.
        assertThat(rows)
                .filteredOn(row -> row.get("name").startsWith("Tredje rundan"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("summary")).startsWith("'=1+2 "));
        assertThat(geoJson).contains("\"summary\":\"=1+2 ");

        // An empty inventory: every entry gone, the search index too.
        jdbc.sql("delete from initiatives_initiative").update();
        indexer.rebuild();
        assertThat(count()).isZero();

        MockHttpSession staff = people.signIn(people.coordinator("Ebba Export"));
        String check = page(multipart("/admin/initiativ/import")
                .file(new MockMultipartFile("file", "initiativ.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .session(staff)
                .with(csrf()));
        assertThat(check).contains("3 nya, 0 ändrade");
        Matcher upload = Pattern.compile("name=\"upload\" value=\"(\\d+)\"").matcher(check);
        assertThat(upload.find()).isTrue();
        mvc.perform(post("/admin/initiativ/import/bekrafta")
                        .param("upload", upload.group(1))
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(3);
        for (String name : List.of("Första rundan ", "Second round ", "Tredje rundan ")) {
            awaitSearch("/initiativ?q=" + token, name + token, true);
        }

        assertThat(withoutAddresses(rows(page(get("/initiativ.csv?q=" + token)))))
                .isEqualTo(withoutAddresses(rows));
        assertThat(features(page(get("/initiativ.geojson?q=" + token)))).isEqualTo(features(geoJson));
        // The imported entries are in their history as imported.
        long imported = jdbc.sql("select min(id) from initiatives_initiative")
                .query(Long.class)
                .single();
        assertThat(page(get("/initiativ/" + imported))).contains("Importerade från en CSV-fil");
    }

    static List<Map<String, String>> rows(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            rows.add(record.toMap());
        }
        return rows;
    }

    /** The rows without what a new platform gives anew: the ids and the addresses made from them. */
    static List<Map<String, String>> withoutAddresses(List<Map<String, String>> rows) {
        return rows.stream()
                .map(row -> {
                    Map<String, String> kept = new HashMap<>(row);
                    kept.remove("id");
                    kept.remove("url");
                    return kept;
                })
                .toList();
    }

    static List<String> features(String geoJson) {
        JsonNode collection = JsonMapper.builder().build().readTree(geoJson);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        List<String> features = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            var properties = (tools.jackson.databind.node.ObjectNode)
                    feature.get("properties").deepCopy();
            properties.remove("id");
            properties.remove("url");
            features.add(feature.get("geometry").toString() + properties);
        }
        return features;
    }

    @Test
    void searchFindsAStemmedWordAPartOfACompoundAndFacets() throws Exception {
        MockHttpSession session = people.signIn(people.member("Sixten Sök"));
        String name = "Mötesplats i glesbygden " + token;
        published(
                session,
                name,
                "summary",
                "Återbrukscentralen i Tranås lagar möbler tillsammans med arbetssökande.",
                "stage",
                "SPREADING",
                "municipality",
                "0687",
                "sectors",
                "company");
        awaitSearch("/initiativ?q=" + token, name, true);
        awaitSearch("/initiativ?q=glesbygd+" + token, name, true);
        awaitSearch("/initiativ?q=återbruk+" + token, name, true);
        awaitSearch(
                "/initiativ?q=" + token + "&stage=SPREADING&municipality=0687&county=06&sector=company", name, true);
        awaitSearch("/initiativ?q=" + token + "&stage=IDEA", name, false);
        awaitSearch("/initiativ?q=" + token + "&municipality=0680", name, false);
        // The facets count what each choice gives, and the map's data holds the same entries.
        assertThat(page(get("/initiativ?q=" + token))).contains("Sprids (1)");
        assertThat(page(get("/initiativ/karta.json?q=" + token)))
                .contains(name)
                .contains("\"placement\":\"municipality\"")
                .contains("[14.9782,58.03717]");
        // Without JavaScript the list is a plain page; htmx gets the search part alone, and caches are told.
        mvc.perform(get("/initiativ?q=" + token).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void theInventoryPageLoadsNothingFromAnotherHostByDefault() throws Exception {
        String html = page(get("/initiativ"));
        mvc.perform(get("/initiativ"))
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:; ")))
                .andExpect(header().string("Content-Security-Policy", containsString("connect-src 'self'")));
        // Every script, style sheet, image and map file the page names is on the platform itself.
        Matcher resource = Pattern.compile(
                        "(?:src|data-outline|data-points|data-marker[a-z-]*)=\"([^\"]*)\"|<link rel=\"stylesheet\" href=\"([^\"]*)\"")
                .matcher(html);
        int found = 0;
        while (resource.find()) {
            String address = resource.group(1) != null ? resource.group(1) : resource.group(2);
            assertThat(address).as("a resource of the page").startsWith("/");
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
        assertThat(html).contains("data-tiles=\"\"").contains("GeoNames").contains("Natural Earth");
    }

    @Test
    void aCorrectionFromAVisitorReachesTheOwnersAndTheCoordinators() throws Exception {
        Someone owner = people.member("Rolf Rättad");
        MockHttpSession session = people.signIn(owner);
        long id = published(session, "Matkasse " + token);

        mvc.perform(post("/initiativ/" + id + "/rattelse").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv vad som borde rättas.")));
        // A robot that fills in the hidden field is thanked, and nothing is kept.
        mvc.perform(post("/initiativ/" + id + "/rattelse")
                        .param("text", "Köp billiga klockor")
                        .param("homepage", "https://spam.example")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/initiativ/" + id + "/rattelse")
                        .param("text", "Utdelningen är på onsdagar nu, inte tisdagar.")
                        .with(csrf())
                        .with(TestPeople.freshAddress()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/initiativ/" + id).session(session)))
                .contains("Utdelningen är på onsdagar nu")
                .doesNotContain("billiga klockor");
        assertThat(page(get("/initiativ/" + id))).doesNotContain("Utdelningen är på onsdagar nu");
        assertThat(mailSubjects(owner.email())).anyMatch(subject -> subject.contains("föreslår en rättelse"));
        MockHttpSession staff = people.signIn(people.coordinator("Rakel Rättelse"));
        assertThat(page(get("/admin/initiativ").session(staff))).contains("Utdelningen är på onsdagar nu");

        long correction = jdbc.sql("select id from initiatives_correction where initiative_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        // Neither another member nor the owner through another of their entries' addresses closes it.
        Someone stranger = people.member("Sten Främling");
        MockHttpSession strangers = people.signIn(stranger);
        long theirs = published(strangers, "Främlingens initiativ " + token);
        for (var attempt : List.of(
                post("/initiativ/" + id + "/rattelser/klar").session(strangers),
                post("/initiativ/" + theirs + "/rattelser/klar").session(strangers))) {
            mvc.perform(attempt.param("correction", String.valueOf(correction)).with(csrf()))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(page(get("/admin/initiativ").session(staff))).contains("Utdelningen är på onsdagar nu");
        mvc.perform(post("/initiativ/" + id + "/rattelser/klar")
                        .param("correction", String.valueOf(correction))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin/initiativ").session(staff))).doesNotContain("Utdelningen är på onsdagar nu");
    }

    @Test
    void coordinatorsNameFurtherOwnersWhoMayThenKeepTheEntry() throws Exception {
        MockHttpSession suggester = people.signIn(people.member("Siv Först"));
        long id = published(suggester, "Grannskap " + token);
        Someone second = people.member("Tor Tvåa");
        MockHttpSession staff = people.signIn(people.coordinator("Ulla Utser"));
        mvc.perform(post("/initiativ/" + id + "/agare")
                        .param("email", "finns.inte@example.se")
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Det finns ingen medlem med den e-postadressen.")));
        mvc.perform(post("/initiativ/" + id + "/agare")
                        .param("email", second.email())
                        .session(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockHttpSession session = people.signIn(second);
        mvc.perform(form("/initiativ/" + id + "/redigera", InitiativeMother.fields("Grannskap i Tranås " + token))
                        .session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/mina-initiativ").session(session))).contains("Grannskap i Tranås " + token);
        assertThat(page(get("/initiativ/" + id).session(staff)))
                .contains("Lade till en ägare")
                .contains("Tor Tvåa");
    }
}
