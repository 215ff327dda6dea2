package org.kompanjoner.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.Memberships;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.OrganisationNumbers;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP, nothing is lost: mail stays in the outbox where coordinators can read it. */
@IntegrationTest
class MailOutboxIntegrationTests extends SiteTest {

    @Autowired
    Memberships memberships;

    @Test
    void withoutSmtpMailIsKeptAndACoordinatorCanReadItButAMemberCannot() throws Exception {
        String email = TestPeople.uniqueEmail("sara");
        mvc.perform(post("/registrera")
                        .param("displayName", "Sara Svensson")
                        .param("email", email)
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf())
                        .with(TestPeople.freshAddress()))
                .andExpect(status().is3xxRedirection());
        long mailId = jdbc.sql("select id from notifications_mail where recipient = ? and sent_at is null")
                .param(email)
                .query(Long.class)
                .single();

        mvc.perform(get("/admin/e-post/" + mailId).session(people.signIn(people.member("Tove Tall"))))
                .andExpect(status().isForbidden());

        // A coordinator reads the mail but not the link that would let them act as the recipient.
        String coordinatorView = mvc.perform(
                        get("/admin/e-post/" + mailId).session(people.signIn(people.coordinator("Ulla Ulf"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(coordinatorView)
                .contains("Hej Sara Svensson")
                .contains("visas bara för administratörer")
                .doesNotContain("token=");

        var admin = people.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026");
        mvc.perform(get("/admin/e-post").param("to", email).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bekräfta din e-postadress")));
        String page = mvc.perform(get("/admin/e-post/" + mailId).session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Hej Sara Svensson").contains("/konto/verifiera?token=");
    }

    @Test
    void aCoordinatorNeverSeesALinkThatLetsItsHolderActAsTheRecipient() throws Exception {
        var owner = people.member("Vilma Varg");
        String invited = TestPeople.uniqueEmail("inbjuden");
        long organisation = memberships.create(
                new OrganisationProfile(
                        "Vargs Verkstad AB",
                        OrganisationNumbers.random(),
                        "company",
                        "small",
                        "0680",
                        null,
                        "Vi lagar saker.",
                        List.of("9")),
                owner.id());
        memberships.invite(organisation, invited, owner.id(), Locale.forLanguageTag("sv"));
        mvc.perform(post("/glomt-losenord")
                        .param("email", owner.email())
                        .with(csrf())
                        .with(TestPeople.freshAddress()))
                .andExpect(status().is3xxRedirection());
        long invitation = unsentMailTo(invited);
        long reset = unsentMailTo(owner.email());

        var coordinator = people.signIn(people.coordinator("Yngve Ytterberg"));
        for (long mail : List.of(invitation, reset)) {
            assertThat(mvc.perform(get("/admin/e-post/" + mail).session(coordinator))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("visas bara för administratörer")
                    .doesNotContain("/inbjudan/")
                    .doesNotContain("token=");
        }
        // Without SMTP (the demo), an administrator still finds the links the README points to.
        var admin = people.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026");
        mvc.perform(get("/admin/e-post/" + invitation).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/inbjudan/")));
    }

    long unsentMailTo(String email) {
        return jdbc.sql("select id from notifications_mail where recipient = ? and sent_at is null")
                .param(email)
                .query(Long.class)
                .single();
    }
}
