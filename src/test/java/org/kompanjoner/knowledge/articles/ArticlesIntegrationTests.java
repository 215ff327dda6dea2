package org.kompanjoner.knowledge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestClock;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.w3c.dom.Document;

/**
 * News and pages as coordinators write them and everyone reads them: covers checked by their content,
 * scheduled publication on the test clock, access, languages, and text that cannot become markup.
 */
@IntegrationTest
class ArticlesIntegrationTests extends SiteTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    Clock clock;

    @Autowired
    DueArticlesJob dueArticles;

    final String token = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void backToNow() {
        ((TestClock) clock).reset();
    }

    /** The article form with every field filled in, published now, with {@code changed} fields replaced. */
    MockMultipartHttpServletRequestBuilder write(MockHttpSession session, String... changed) {
        return form("/admin/artiklar/ny", session, changed);
    }

    MockMultipartHttpServletRequestBuilder form(String path, MockHttpSession session, String... changed) {
        ZonedDateTime now = clock.instant().atZone(STOCKHOLM);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "NEWS");
        fields.put("language", "sv");
        fields.put("title", "Nyhet " + token);
        fields.put("summary", "En kort sammanfattning om samverkan.");
        fields.put("body", "Text om **social innovation**.");
        fields.put("challenges", "17");
        fields.put("authorName", "Stina Skribent");
        fields.put("publishDate", now.toLocalDate().toString());
        fields.put("publishTime", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        fields.put("state", "published");
        fields.put("coverAlt", "");
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        fields.forEach(request::param);
        request.session(session).with(csrf());
        return request;
    }

    long created(MockMultipartHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/admin/artiklar/");
        return Long.parseLong(location.substring("/admin/artiklar/".length()));
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String refused(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(1, 1, 0xff336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static final byte[] SVG =
            ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                            + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void aCoverThatIsNoPictureOrAnSvgWithScriptIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Carin Omslag"));
        long before = count("knowledge_article");

        assertThat(refused(write(coordinator, "coverAlt", "En bild")
                        .file(new MockMultipartFile("cover", "bild.png", "image/png", SVG))))
                .contains("Filen är inte en bild som kan användas")
                .contains("value=\"Nyhet " + token + "\"");
        byte[] program = "MZ\u0090\u0000 This program cannot be run in DOS mode, padded out to look like a file"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(write(coordinator, "coverAlt", "En bild")
                        .file(new MockMultipartFile("cover", "bild.jpg", "image/jpeg", program))))
                .contains("Filen är inte en bild som kan användas");
        // A PNG's first bytes followed by nothing readable.
        byte[] broken = java.util.Arrays.copyOf(png(20, 20), 30);
        assertThat(refused(write(coordinator, "coverAlt", "En bild")
                        .file(new MockMultipartFile("cover", "bild.png", "image/png", broken))))
                .contains("Filen är inte en bild som kan användas");
        byte[] large = java.util.Arrays.copyOf(png(20, 20), Covers.MAX_BYTES + 1);
        assertThat(refused(write(coordinator, "coverAlt", "En bild")
                        .file(new MockMultipartFile("cover", "stor.png", "image/png", large))))
                .contains("Bilden är större än 8 MB");

        assertThat(count("knowledge_article")).isEqualTo(before);
        assertThat(count("knowledge_article_cover where article_id not in (select id from knowledge_article)"))
                .isZero();
    }

    @Test
    void aCoverWithoutAnAlternativeTextIsRefusedAndAGoodOneIsDrawnAgainWithoutItsMetadata() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Carin Alt"));
        long before = count("knowledge_article");
        assertThat(refused(
                        write(coordinator).file(new MockMultipartFile("cover", "bild.png", "image/png", png(40, 30)))))
                .contains("Beskriv vad bilden visar");
        assertThat(count("knowledge_article")).isEqualTo(before);

        long id = created(write(coordinator, "coverAlt", "Ett blått fält")
                .file(new MockMultipartFile("cover", "bild.png", "image/png", png(2400, 1200))));
        String article = page(get("/nyheter/" + id));
        assertThat(article).contains("alt=\"Ett blått fält\"").contains("/artikelbild/" + id + "/large-1");
        MvcResult cover = mvc.perform(get("/artikelbild/" + id + "/large-1"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(cover.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(cover.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(cover.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        BufferedImage drawn =
                ImageIO.read(new ByteArrayInputStream(cover.getResponse().getContentAsByteArray()));
        assertThat(drawn.getWidth()).isEqualTo(Covers.LARGE_WIDTH);
        assertThat(drawn.getHeight()).isEqualTo(800);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(mvc.perform(get("/artikelbild/" + id + "/small-1"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray()));
        assertThat(small.getWidth()).isEqualTo(Covers.SMALL_WIDTH);
    }

    @Test
    void aScheduledArticleIsFoundNowhereBeforeItsTimeAndEverywhereAfter() throws Exception {
        Someone writer = people.coordinator("Sara Schema");
        MockHttpSession coordinator = people.signIn(writer);
        ZonedDateTime later = clock.instant().plus(Duration.ofHours(3)).atZone(STOCKHOLM);
        String word = "tidsinställd" + token;
        long id = created(write(
                coordinator,
                "title",
                "Schemalagd " + token,
                "body",
                "Ordet " + word + " finns här.",
                "publishDate",
                later.toLocalDate().toString(),
                "publishTime",
                String.format("%02d:%02d", later.getHour(), later.getMinute())));

        mvc.perform(get("/nyheter/" + id)).andExpect(status().isNotFound());
        assertThat(page(get("/nyheter"))).doesNotContain("Schemalagd " + token);
        assertThat(page(get("/nyheter.atom"))).doesNotContain("/nyheter/" + id + "<");
        assertThat(page(get("/sitemap.xml"))).doesNotContain("/nyheter/" + id + "<");
        dueArticles.run();
        Thread.sleep(300);
        assertThat(page(get("/nyheter").param("q", word))).doesNotContain("Schemalagd " + token);
        // Coordinators see it coming, marked as such.
        assertThat(page(get("/nyheter/" + id).session(coordinator))).contains("Publiceras");

        ((TestClock) clock).advance(Duration.ofHours(3).plusMinutes(1));
        dueArticles.run();
        assertThat(page(get("/nyheter/" + id))).contains("Schemalagd " + token);
        assertThat(page(get("/nyheter"))).contains("Schemalagd " + token);
        assertThat(page(get("/nyheter.atom"))).contains("/nyheter/" + id + "<");
        assertThat(page(get("/sitemap.xml"))).contains("/nyheter/" + id + "<");
        String found = "";
        for (int i = 0; i < 50 && !found.contains("Schemalagd " + token); i++) {
            Thread.sleep(100);
            found = page(get("/nyheter").param("q", word));
        }
        assertThat(found).contains("Schemalagd " + token);
    }

    @Test
    void anEmptyFormComesBackWithAMessageForEachMissingField() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Tom Tomform"));
        long before = count("knowledge_article");
        assertThat(refused(multipart("/admin/artiklar/ny").session(coordinator).with(csrf())))
                .contains("Skriv en rubrik.")
                .contains("Skriv en kort sammanfattning.")
                .contains("Skriv texten.")
                .contains("Välj ett av språken i listan.")
                .contains("Skriv ett datum");
        assertThat(refused(post("/admin/artiklar/ny").session(coordinator).with(csrf())))
                .contains("Skriv en rubrik.");
        long id = created(write(coordinator));
        assertThat(refused(post("/admin/artiklar/" + id + "/oversattning/en")
                        .session(coordinator)
                        .with(csrf())))
                .contains("Skriv en rubrik.");
        assertThat(count("knowledge_article")).isEqualTo(before + 1);
    }

    @Test
    void onlyCoordinatorsWriteAndVisitorsAreAskedToSignIn() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Klara Behörig"));
        long id = created(write(coordinator));
        MockHttpSession member = people.signIn(people.member("Måns Medlem"));
        List<String> pages = List.of(
                "/admin/artiklar",
                "/admin/artiklar/ny",
                "/admin/artiklar/" + id,
                "/admin/artiklar/" + id + "/oversattning/en",
                "/admin/artiklar/" + id + "/historik");
        for (String path : pages) {
            mvc.perform(get(path).session(member)).andExpect(status().isForbidden());
            mvc.perform(get(path))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(result ->
                            assertThat(result.getResponse().getRedirectedUrl()).contains("/logga-in"));
        }
        mvc.perform(write(member)).andExpect(status().isForbidden());
        List<String> forms = List.of(
                "/admin/artiklar/" + id,
                "/admin/artiklar/" + id + "/omslag/ta-bort",
                "/admin/artiklar/" + id + "/oversattning/en",
                "/admin/artiklar/" + id + "/oversattning/en/ta-bort");
        for (String path : forms) {
            mvc.perform(post(path).param("title", "Kapad").session(member).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path).param("title", "Kapad").with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(page(get("/nyheter/" + id))).doesNotContain("Kapad");
        assertThat(count("knowledge_article_translation where article_id = " + id))
                .isZero();
    }

    @Test
    void eachReaderSeesTheirLanguageOrTheOriginalMarkedWithItsLanguage() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Tove Tolk"));
        long translated = created(write(coordinator, "title", "Svensk rubrik " + token));
        mvc.perform(post("/admin/artiklar/" + translated + "/oversattning/en")
                        .param("title", "English title " + token)
                        .param("summary", "An English summary.")
                        .param("body", "English text.")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long onlySwedish = created(write(coordinator, "title", "Bara svenska " + token));
        long machine = created(write(coordinator, "title", "Maskin " + token));
        mvc.perform(post("/admin/artiklar/" + machine + "/oversattning/en")
                        .param("title", "Machine " + token)
                        .param("summary", "Made by a machine.")
                        .param("body", "Text.")
                        .param("machine", "true")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/nyheter/" + translated).header("Accept-Language", "sv")))
                .contains("<h1 lang=\"sv\">Svensk rubrik " + token)
                .doesNotContain("translation-note");
        assertThat(page(get("/nyheter/" + translated).param("lang", "en")))
                .contains("<h1 lang=\"en\">English title " + token)
                .contains("<div class=\"prose\" lang=\"en\">")
                .doesNotContain("translation-note");
        assertThat(page(get("/nyheter/" + translated).header("Accept-Language", "en")))
                .contains("English title " + token);
        // An English reader of a Swedish-only article: the original, marked Swedish, with the note.
        assertThat(page(get("/nyheter/" + onlySwedish).param("lang", "en")))
                .contains("<h1 lang=\"sv\">Bara svenska " + token)
                .contains("<p class=\"lead\" lang=\"sv\">")
                .contains("<div class=\"prose\" lang=\"sv\">")
                .contains("class=\"translation-note\"")
                .contains("Swedish");
        assertThat(page(get("/nyheter/" + machine).param("lang", "en")))
                .contains("Machine " + token)
                .contains("class=\"translation-note\"");
        // The list's card and the feed entry say the language too.
        assertThat(page(get("/news").param("lang", "en")))
                .contains("<h3 lang=\"en\"><a href=\"/nyheter/" + translated + "\">English title " + token)
                .contains("<h3 lang=\"sv\"><a href=\"/nyheter/" + onlySwedish + "\">Bara svenska " + token);
        assertThat(page(get("/nyheter.atom").param("lang", "en")))
                .contains("<entry xml:lang=\"en\"><id>http://localhost/nyheter/" + translated + "</id>");
        // Both languages find it.
        Thread.sleep(500);
        assertThat(page(get("/nyheter").param("q", "English title " + token))).contains("/nyheter/" + translated);

        // The translation can be taken away again.
        mvc.perform(post("/admin/artiklar/" + translated + "/oversattning/en/ta-bort")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/nyheter/" + translated).param("lang", "en"))).contains("class=\"translation-note\"");
    }

    @Test
    void scriptAndLinksInEveryFieldAreEscapedOrSanitisedAndTheFeedStaysWellFormed() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Hanna Hackare"));
        long id = created(write(
                coordinator,
                "title",
                "<script>alert('titel')</script> & " + token,
                "summary",
                "<img src=x onerror=alert(1)> ]]> sammanfattning",
                "body",
                "Text <script>alert('text')</script> [klicka](javascript:alert(1)) <a href=\"javascript:alert(2)\">a</a>",
                "authorName",
                "<b onmouseover=alert(3)>Författare</b>"));
        String article = page(get("/nyheter/" + id));
        assertThat(article)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                // Written out as text at most, never as an address.
                .doesNotContain("href=\"javascript:")
                .doesNotContain("<a href=\"javascript")
                .doesNotContain("<b onmouseover")
                .contains("&lt;script&gt;alert(")
                .contains("&lt;b onmouseover=alert(3)&gt;");
        assertThat(page(get("/nyheter"))).doesNotContain("<script>alert").doesNotContain("<img src=x");

        String feed = page(get("/nyheter.atom"));
        assertThat(feed).doesNotContain("<script>").doesNotContain("<img src=x");
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isNull();
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("feed");
        assertThat(feed)
                .contains("<id>")
                .contains("<updated>")
                .contains("<summary>")
                .contains("<author>");
        assertThat(xml.getDocumentElement().getTextContent())
                .contains("<script>alert('titel')</script> & " + token)
                .contains("]]> sammanfattning");
    }

    @Test
    void aPageHasAFixedAddressItsOldAddressLeadsOnAndItCanStandInTheHeader() throws Exception {
        MockHttpSession coordinator = people.signIn(people.coordinator("Petra Sida"));
        long id = created(
                write(coordinator, "kind", "PAGE", "title", "Om oss " + token, "inNavigation", "true", "slug", ""));
        String slug = "om-oss-" + token;
        assertThat(page(get("/sida/" + slug))).contains("Om oss " + token);
        assertThat(page(get("/nyheter"))).contains("href=\"/sida/" + slug + "\">Om oss " + token);
        // Read in a language it has no translation into, the header names it in Swedish, marked so.
        assertThat(page(get("/nyheter").header("Accept-Language", "ar")))
                .contains("href=\"/sida/" + slug + "\" lang=\"sv\">Om oss " + token);
        // A second page may not take the same address.
        assertThat(refused(write(coordinator, "kind", "PAGE", "title", "Om oss " + token)))
                .contains("En annan sida har redan den adressen");

        mvc.perform(form(
                        "/admin/artiklar/" + id,
                        coordinator,
                        "kind",
                        "PAGE",
                        "slug",
                        "vilka-vi-ar-" + token,
                        "title",
                        "Vilka vi är " + token))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/sida/" + slug)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/sida/vilka-vi-ar-" + token);
        assertThat(page(get("/admin/artiklar/" + id + "/historik").session(coordinator)))
                .contains("Om oss " + token)
                .contains("Vilka vi är " + token)
                .contains("Petra Sida");
    }
}
