package org.kompanjoner.knowledge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.support.ServerTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.Visitor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A cover far larger than any picture, sent through the real servlet container: the container refuses
 * it before it is read, and the coordinator gets a page that says so, not a broken connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticleUploadIntegrationTests extends ServerTest {

    @Test
    void aThirtyMegabyteCoverIsAnsweredWithAPageThatSaysItIsTooLargeAndNothingIsKept() {
        String email = person("Stora Stina", "large-cover", Role.COORDINATOR);
        Visitor coordinator = new Visitor(port);
        assertThat(coordinator.signIn(email, TestPeople.PASSWORD)).isTrue();
        assertThat(coordinator.get("/admin/artiklar/ny").status()).isEqualTo(200);
        long before = jdbc.sql("select count(*) from knowledge_article")
                .query(Long.class)
                .single();

        byte[] huge = new byte[30 * 1024 * 1024];
        huge[0] = (byte) 0x89;
        Visitor.Response response = coordinator.postFile(
                "/admin/artiklar/ny",
                "cover",
                "enorm.png",
                huge,
                "kind",
                "NEWS",
                "language",
                "sv",
                "title",
                "Alldeles för stor",
                "summary",
                "Sammanfattning.",
                "body",
                "Text.",
                "authorName",
                "Stina",
                "publishDate",
                "2026-12-01",
                "publishTime",
                "10:00",
                "state",
                "published",
                "coverAlt",
                "En mycket stor bild");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("Det du skickade var för stort");
        assertThat(jdbc.sql("select count(*) from knowledge_article")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
