package org.kompanjoner.knowledge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.support.BrowserTest;
import org.kompanjoner.support.TestClock;
import org.kompanjoner.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Knowledge and outreach from end to end in a real browser, with axe on every page on the way, in
 * Swedish, English and Arabic: a coordinator writes a news article with a cover image (first forgetting
 * its description), schedules it an hour ahead and adds an English translation; visitors do not see it,
 * in the news or the Atom feed, until its time comes; then an English reader sees the English text, a
 * Swedish reader the Swedish, and an Arabic reader the frame right to left with the article in its
 * original, marked as Swedish. A visitor reading in Arabic invites the team to come and talk, the
 * coordinator plans it, and the visitor gets both mails, in Arabic. No page scrolls sideways at 320
 * pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.InPlace.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class KnowledgeJourneyIT extends BrowserTest {

    static final String TITLE = "Nytt dialogmöte om psykisk hälsa bland unga";
    static final String ENGLISH = "New dialogue meeting on young people's mental health";

    @Autowired
    Clock clock;

    @Autowired
    DueArticlesJob dueArticles;

    @AfterEach
    void backToNow() {
        ((TestClock) clock).reset();
    }

    static byte[] picture() throws Exception {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x14532d));
        graphics.fillRect(0, 0, 800, 500);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anArticleAppearsOnTimeInEachReadersLanguageAndAnInvitationToTalkIsPlannedWithMailsInArabic() throws Exception {
        String coordinatorEmail = person("Nora Nyhet", "nyhet", Role.COORDINATOR);
        ZonedDateTime inAnHour = clock.instant().plus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/Stockholm"));

        Page coordinator = signedIn(coordinatorEmail);
        coordinator.navigate(url("/admin"));
        coordinator.click("main a[href='/admin/artiklar']");
        assertAccessible(coordinator);
        coordinator.click("main a[href='/admin/artiklar/ny']");
        assertAccessible(coordinator);
        coordinator.fill("#title", TITLE);
        coordinator.fill("#summary", "Vi bjuder in skolor, regionen och föreningar till ett samtal.");
        coordinator.fill("#body", "## Program\n\nSamtal i grupper om vad som **hjälper**.");
        coordinator.check("#challenges-3");
        coordinator.fill("#publishDate", inAnHour.toLocalDate().toString());
        coordinator.fill("#publishTime", String.format("%02d:%02d", inAnHour.getHour(), inAnHour.getMinute()));
        coordinator.check("#state-published");
        coordinator.setInputFiles("#cover", new FilePayload("omslag.png", "image/png", picture()));
        coordinator.click("main form[enctype] button[type=submit]");
        assertThat(coordinator.locator(".error-summary").textContent()).contains("Beskriv vad bilden visar");
        assertAccessible(coordinator);
        coordinator.setInputFiles("#cover", new FilePayload("omslag.png", "image/png", picture()));
        coordinator.fill("#coverAlt", "Ett grönt fält");
        coordinator.click("main form[enctype] button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Sparat");
        assertAccessible(coordinator);
        long id = jdbc.sql("select id from knowledge_article where title = ?")
                .param(TITLE)
                .query(Long.class)
                .single();

        coordinator.click("main a[href='/admin/artiklar/" + id + "/oversattning/en']");
        assertAccessible(coordinator);
        coordinator.fill("#title", ENGLISH);
        coordinator.fill("#summary", "We invite schools, the region and associations to a conversation.");
        coordinator.fill("#body", "## Programme\n\nConversations in groups about what **helps**.");
        coordinator.click("main form[action$='/oversattning/en'] button[type=submit]");
        assertThat(coordinator.locator(".flash").textContent()).contains("Översättningen är sparad");
        coordinator.navigate(url("/nyheter/" + id));
        assertThat(coordinator.locator("main").textContent()).contains("Publiceras");
        assertAccessible(coordinator);
        coordinator.navigate(url("/admin/artiklar/" + id + "/historik"));
        assertAccessible(coordinator);

        // Before its time nobody else finds it.
        Page visitor = browser.newPage(true);
        visitor.setViewportSize(320, 800);
        visitor.navigate(url("/nyheter"));
        assertThat(visitor.locator("main").textContent()).doesNotContain(TITLE);
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        assertThat(visitor.navigate(url("/nyheter/" + id)).status()).isEqualTo(404);
        assertThat(visitor.request().get(url("/nyheter.atom")).text()).doesNotContain(TITLE);

        // An hour later it is there, with its cover, in Swedish and in English.
        ((TestClock) clock).advance(Duration.ofMinutes(61));
        dueArticles.run();
        visitor.navigate(url("/nyheter"));
        assertThat(visitor.locator("main").textContent()).contains(TITLE);
        assertAccessible(visitor);
        visitor.click("main a[href='/nyheter/" + id + "']");
        assertThat(visitor.locator("h1").textContent()).isEqualTo(TITLE);
        assertThat(visitor.locator("img.article-cover").getAttribute("alt")).isEqualTo("Ett grönt fält");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/news?lang=en"));
        assertThat(visitor.locator("main").textContent()).contains(ENGLISH);
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/nyheter/" + id + "?lang=en"));
        assertThat(visitor.locator("h1").getAttribute("lang")).isEqualTo("en");
        assertThat(visitor.locator("h1").textContent()).isEqualTo(ENGLISH);
        assertAccessible(visitor);
        // The language chosen stays with the visitor.
        visitor.navigate(url("/knowledge"));
        assertThat(visitor.locator("main").textContent()).contains(ENGLISH);
        assertAccessible(visitor);
        visitor.navigate(url("/kunskap?lang=sv"));
        assertThat(visitor.locator("main").textContent()).contains(TITLE);
        assertAccessible(visitor);

        // The feed carries it from its time on, in its original language.
        String feed = visitor.request().get(url("/nyheter.atom")).text();
        assertThat(feed).contains("<entry xml:lang=\"sv\">").contains("<title>" + TITLE + "</title>");

        // An Arabic reader: the frame right to left, the article in its Swedish original, marked so.
        visitor.navigate(url("/nyheter/" + id + "?lang=ar"));
        assertThat(visitor.locator("html").getAttribute("lang")).isEqualTo("ar");
        assertThat(visitor.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(visitor.locator("h1").getAttribute("lang")).isEqualTo("sv");
        assertThat(visitor.locator("h1").textContent()).isEqualTo(TITLE);
        assertThat(visitor.locator(".translation-note").textContent()).contains("السويدية");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.navigate(url("/nyheter"));
        assertThat(visitor.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);

        // Still reading in Arabic, the visitor invites the team to come and talk (first with a mistake).
        String asker = "inbjudare-" + System.nanoTime() + "@example.org";
        visitor.navigate(url("/bjud-in-oss"));
        assertThat(visitor.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertAccessible(visitor);
        assertNoSidewaysScrolling(visitor);
        visitor.fill("#name", "Amira Haddad");
        visitor.fill("#email", asker);
        visitor.fill("#organisation", "Föreningen Nya vänner");
        visitor.selectOption("#municipality", "0680");
        visitor.fill("#place", "Folkets hus");
        visitor.fill(
                "#wishedFrom",
                clock.instant()
                        .atZone(ZoneId.of("Europe/Stockholm"))
                        .toLocalDate()
                        .plusDays(30)
                        .toString());
        visitor.fill("#audienceSize", "40");
        visitor.check("#talkLanguage");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".error-summary").isVisible()).isTrue();
        assertAccessible(visitor);
        visitor.fill("#topic", "Hur kan nyanlända starta ett socialt företag?");
        visitor.click("main form button[type=submit]");
        assertThat(visitor.locator(".flash").textContent()).contains(asker);
        assertAccessible(visitor);
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(asker, 1))).isEqualTo("تلقينا دعوتك");

        // The coordinator plans it from the inbox; the visitor is told, in the language they wrote in.
        coordinator.navigate(url("/admin/bjud-in-oss?lang=sv"));
        assertThat(coordinator.locator("main").textContent()).contains("Föreningen Nya vänner");
        assertAccessible(coordinator);
        long request = jdbc.sql("select id from knowledge_talk_request where email = ?")
                .param(asker)
                .query(Long.class)
                .single();
        coordinator.click("main a[href='/admin/bjud-in-oss/" + request + "']");
        assertThat(coordinator.locator("main").textContent()).contains("Hur kan nyanlända starta ett socialt företag?");
        assertAccessible(coordinator);
        coordinator.check("#status-PLANNED");
        coordinator.fill("#message", "Vi kommer gärna, med en tolk.");
        coordinator.click("form[action='/admin/bjud-in-oss/" + request + "/status'] button");
        assertThat(coordinator.locator(".flash").textContent()).contains("Statusen är sparad");
        assertAccessible(coordinator);
        MimeMessage planned = TestMailServer.awaitMail(asker, 2);
        assertThat(TestMailServer.subject(planned)).isEqualTo("سنأتي للحديث");
        visitor.context().close();
        coordinator.context().close();
    }
}
