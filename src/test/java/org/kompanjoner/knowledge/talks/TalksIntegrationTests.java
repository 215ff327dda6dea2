package org.kompanjoner.knowledge.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Come and talk to us" and the accessibility reports, from the public forms through the coordinators' inbox. */
@IntegrationTest
class TalksIntegrationTests extends SiteTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Autowired
    Clock clock;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder invitation(String email, RequestPostProcessor from) {
        return post("/bjud-in-oss")
                .with(csrf())
                .with(from)
                .param("name", "Anna Asker")
                .param("email", email)
                .param("phone", "036-10 10 10")
                .param("organisation", "Hembygdsföreningen")
                .param("municipality", "0680")
                .param("place", "Bygdegården")
                .param("wishedFrom", LocalDate.now(clock).plusDays(30).toString())
                .param("wishedTo", "")
                .param("audienceSize", "40")
                .param("topic", "Hur startar man ett socialt företag på landsbygden?")
                .param("talkLanguage", "sv")
                .param("homepage", "");
    }

    long idOf(String email) {
        return jdbc.sql("select id from knowledge_talk_request where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void anInvitationIsConfirmedThenPlannedAndTheAskerIsToldInTheirLanguage() throws Exception {
        String asker = TestPeople.uniqueEmail("inbjudare");
        mvc.perform(invitation(asker, TestPeople.freshAddress())).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(asker, 1)))
                .isEqualTo("Vi har tagit emot din inbjudan");
        long id = idOf(asker);

        MockHttpSession coordinator = people.signIn(people.coordinator("Siv Samordnare"));
        assertThat(page(get("/admin/bjud-in-oss?status=NEW").session(coordinator)))
                .contains("Hembygdsföreningen");
        assertThat(page(get("/admin/bjud-in-oss/" + id).session(coordinator)))
                .contains("Hur startar man ett socialt företag på landsbygden?")
                .contains(asker)
                .contains("036-10 10 10");

        mvc.perform(post("/admin/bjud-in-oss/" + id + "/anteckning")
                        .session(coordinator)
                        .with(csrf())
                        .param("note", "Ring Anna först"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/bjud-in-oss/" + id + "/status")
                        .session(coordinator)
                        .with(csrf())
                        .param("seen", "NEW")
                        .param("status", "PLANNED")
                        .param("message", "Vi kommer den 12:e"))
                .andExpect(status().is3xxRedirection());
        var planned = TestMailServer.awaitMail(asker, 2);
        assertThat(TestMailServer.subject(planned)).isEqualTo("Vi kommer och pratar");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(planned)).contains("Vi kommer den 12");

        // A second coordinator's form from before the change is sent back with an explanation, and
        // nobody gets a second mail.
        mvc.perform(post("/admin/bjud-in-oss/" + id + "/status")
                        .session(coordinator)
                        .with(csrf())
                        .param("seen", "NEW")
                        .param("status", "DECLINED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashMessageKey", "talks.inbox.changed-meanwhile"));
        assertThat(jdbc.sql("select status || ':' || note from knowledge_talk_request where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PLANNED:Ring Anna först");
        assertThat(TestMailServer.to(asker)).hasSize(2);

        // Someone writing in English hears back in English.
        String english = TestPeople.uniqueEmail("inviter");
        mvc.perform(invitation(english, TestPeople.freshAddress()).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(english, 1)))
                .isEqualTo("We have received your invitation");
    }

    @Test
    void aFacilitatorFromTheDirectoryCanBeNamedAndNobodyElse() throws Exception {
        Someone facilitator = people.member("Fia Facilitator");
        Instant now = Instant.now();
        jdbc.sql(
                        "insert into programmes_facilitator (person_id, active, granted_at, updated_at) values (?, true, ?, ?)")
                .params(facilitator.id(), Timestamp.from(now), Timestamp.from(now))
                .update();
        Someone plain = people.member("Per Vanlig");
        String asker = TestPeople.uniqueEmail("fac");
        mvc.perform(invitation(asker, TestPeople.freshAddress())).andExpect(status().is3xxRedirection());
        long id = idOf(asker);
        MockHttpSession coordinator = people.signIn(people.coordinator("Sam Samordnare"));
        assertThat(page(get("/admin/bjud-in-oss/" + id).session(coordinator))).contains("Fia Facilitator");

        body(
                post("/admin/bjud-in-oss/" + id + "/facilitator")
                        .session(coordinator)
                        .with(csrf())
                        .param("facilitator", Long.toString(plain.id())),
                400);
        mvc.perform(post("/admin/bjud-in-oss/" + id + "/facilitator")
                        .session(coordinator)
                        .with(csrf())
                        .param("facilitator", Long.toString(facilitator.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select facilitator_id from knowledge_talk_request where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(facilitator.id());
    }

    @Test
    void anInvitationWithMistakesIsABadRequestByFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        long before = count("knowledge_talk_request");
        String page = body(
                post("/bjud-in-oss")
                        .with(csrf())
                        .with(TestPeople.freshAddress())
                        .param("name", "<script>alert(1)</script>")
                        .param("email", "inte-en-adress")
                        .param("phone", "ring mig")
                        .param("organisation", "")
                        .param("municipality", "9999")
                        .param("place", "Bygdegården")
                        .param("wishedFrom", "2001-01-01")
                        .param("audienceSize", "många")
                        .param("topic", "Om <b>kooperativ</b>")
                        .param("talkLanguage", "xx"),
                400);
        assertThat(page)
                .contains("Skriv en e-postadress")
                .contains("Skriv telefonnumret med siffror")
                .contains("Välj den kommun")
                .contains("Skriv ett datum från och med i dag")
                .contains("Skriv hur många som kommer")
                .contains("Välj ett språk")
                .contains("Fyll i det här fältet")
                .contains("&lt;script>alert(1)&lt;/script>")
                .doesNotContain("<script>alert(1)")
                .contains("Om &lt;b&gt;kooperativ&lt;/b&gt;");
        assertThat(count("knowledge_talk_request")).isEqualTo(before);
    }

    @Test
    void aRobotFillingTheHiddenFieldIsThankedAndNothingIsStoredOrSent() throws Exception {
        long invitations = count("knowledge_talk_request");
        long reports = count("knowledge_accessibility_report");
        String robot = TestPeople.uniqueEmail("robot");
        mvc.perform(invitation(robot, TestPeople.freshAddress()).param("homepage", "http://spam.example"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tillganglighet/rapportera")
                        .with(csrf())
                        .with(TestPeople.freshAddress())
                        .param("page", "/")
                        .param("problem", "Köp billiga klockor")
                        .param("email", robot)
                        .param("homepage", "http://spam.example"))
                .andExpect(status().is3xxRedirection());
        Thread.sleep(500);
        assertThat(count("knowledge_talk_request")).isEqualTo(invitations);
        assertThat(count("knowledge_accessibility_report")).isEqualTo(reports);
        assertThat(TestMailServer.to(robot)).isEmpty();
    }

    @Test
    void bothPublicFormsStopAnAddressAfterTwentyInAnHour() throws Exception {
        String address = "192.0.2.77";
        RequestPostProcessor same = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        for (int i = 0; i < 20; i++) {
            mvc.perform(invitation(TestPeople.uniqueEmail("flod"), same)).andExpect(status().is3xxRedirection());
        }
        long stored = count("knowledge_talk_request");
        mvc.perform(invitation(TestPeople.uniqueEmail("flod"), same)).andExpect(status().isTooManyRequests());
        assertThat(count("knowledge_talk_request")).isEqualTo(stored);

        String other = "192.0.2.78";
        RequestPostProcessor reporter = request -> {
            request.setRemoteAddr(other);
            return request;
        };
        for (int i = 0; i < 20; i++) {
            mvc.perform(report(reporter, "")).andExpect(status().is3xxRedirection());
        }
        long reports = count("knowledge_accessibility_report");
        mvc.perform(report(reporter, "")).andExpect(status().isTooManyRequests());
        assertThat(count("knowledge_accessibility_report")).isEqualTo(reports);
    }

    MockHttpServletRequestBuilder report(RequestPostProcessor from, String email) {
        return post("/tillganglighet/rapportera")
                .with(csrf())
                .with(from)
                .param("page", "/publikationer")
                .param("problem", "Filtren går inte att nå med tangentbordet.")
                .param("email", email)
                .param("homepage", "");
    }

    @Test
    void anAccessibilityReportReachesTheInboxAndTheReporterHearsOfTheFix() throws Exception {
        assertThat(page(get("/tillganglighet"))).contains("href=\"/tillganglighet/rapportera\"");
        String reporter = TestPeople.uniqueEmail("rapportor");
        mvc.perform(report(TestPeople.freshAddress(), reporter)).andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(reporter, 1)))
                .isEqualTo("Vi har tagit emot din rapport om tillgänglighet");
        long id = jdbc.sql("select id from knowledge_accessibility_report where email = ?")
                .param(reporter)
                .query(Long.class)
                .single();
        MockHttpSession coordinator = people.signIn(people.coordinator("Rut Rättare"));
        assertThat(page(get("/admin/tillganglighet").session(coordinator))).contains("/publikationer");
        assertThat(page(get("/admin/tillganglighet/" + id).session(coordinator)))
                .contains("Filtren går inte att nå med tangentbordet.");
        mvc.perform(post("/admin/tillganglighet/" + id + "/status")
                        .session(coordinator)
                        .with(csrf())
                        .param("seen", "NEW")
                        .param("status", "FIXED"))
                .andExpect(status().is3xxRedirection());
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(reporter, 2)))
                .isEqualTo("Bristen du rapporterade är åtgärdad");

        // Without an address, nobody is mailed; a report with nothing in it is refused by field.
        String page = body(
                post("/tillganglighet/rapportera")
                        .with(csrf())
                        .with(TestPeople.freshAddress())
                        .param("page", "")
                        .param("problem", "")
                        .param("email", "fel"),
                400);
        assertThat(page).contains("Fyll i det här fältet").contains("Skriv en e-postadress");
    }

    @Test
    void theInboxIsForStaffOnly() throws Exception {
        List<String> pages = List.of(
                "/admin/bjud-in-oss", "/admin/bjud-in-oss/1", "/admin/tillganglighet", "/admin/tillganglighet/1");
        List<String> forms = List.of(
                "/admin/bjud-in-oss/1/status",
                "/admin/bjud-in-oss/1/anteckning",
                "/admin/bjud-in-oss/1/facilitator",
                "/admin/tillganglighet/1/status",
                "/admin/tillganglighet/1/anteckning");
        MockHttpSession member = people.signIn(people.member("Nils Nyfiken"));
        for (String path : pages) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
            mvc.perform(get(path).session(member)).andExpect(status().isForbidden());
        }
        for (String path : forms) {
            mvc.perform(post(path).with(csrf()).param("status", "DONE")).andExpect(status().is3xxRedirection());
            mvc.perform(post(path).session(member).with(csrf()).param("status", "DONE"))
                    .andExpect(status().isForbidden());
        }
    }
}
