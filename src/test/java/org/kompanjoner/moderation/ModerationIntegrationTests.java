package org.kompanjoner.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.mock.web.MockHttpSession;

@IntegrationTest
class ModerationIntegrationTests extends SiteTest {

    long submitted(Someone owner, String title) {
        long id = postings.saveDraft(owner.id(), ListingMother.content(title));
        postings.submit(id, owner.id());
        return id;
    }

    String state(long id) {
        return jdbc.sql("select state from listings_listing where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    long mailsTo(String email) {
        return jdbc.sql("select count(*) from notifications_mail where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** The version of the listing the queue shows, as its approve form sends it. */
    long seen(long id) {
        return jdbc.sql("select updated_at from listings_listing where id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .toEpochMilli();
    }

    @Test
    void aCoordinatorApprovesAWaitingListingAndTheOwnerIsTold() throws Exception {
        Someone owner = people.member("Hanna Holm");
        long id = submitted(owner, "Samåkning på landsbygden");
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
        MockHttpSession coordinator = people.signIn(people.coordinator("Ivar Ivarsson"));
        mvc.perform(get("/admin/granskning").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samåkning på landsbygden")))
                .andExpect(content().string(containsString("Inskickad av Hanna Holm")));
        // Approving a version the coordinator did not read (edited since) changes nothing.
        mvc.perform(post("/admin/granskning/annons/" + id + "/godkann")
                        .param("seen", String.valueOf(seen(id) - 1))
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
        mvc.perform(post("/admin/granskning/annons/" + id + "/godkann")
                        .param("seen", String.valueOf(seen(id)))
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(mailsTo(owner.email())).isEqualTo(1);
        // A second approval changes nothing and says so.
        mvc.perform(post("/admin/granskning/annons/" + id + "/godkann")
                        .param("seen", String.valueOf(seen(id)))
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mailsTo(owner.email())).isEqualTo(1);
    }

    @Test
    void removingNeedsAReasonTheOwnerIsTold() throws Exception {
        Someone owner = people.member("Jonas Jarl");
        long id = submitted(owner, "Köp billiga klockor");
        MockHttpSession coordinator = people.signIn(people.coordinator("Kerstin Kvist"));
        mvc.perform(post("/admin/granskning/annons/" + id + "/ta-bort")
                        .param("message", " ")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv varför annonsen tas bort")))
                // The message is tied to the reason's field, and the summary at the top leads there.
                .andExpect(content().string(containsString("aria-describedby=\"remove-annons-" + id + "-error\"")))
                .andExpect(content().string(containsString("id=\"remove-annons-" + id + "-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("<a href=\"#remove-annons-" + id + "\">")))
                .andExpect(content().string(containsString("<title>Fel: ")));
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
        mvc.perform(post("/admin/granskning/annons/" + id + "/ta-bort")
                        .param("message", "Reklam för en webbutik.")
                        .session(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("REMOVED");
        assertThat(jdbc.sql("select body_text from notifications_mail where recipient = ?")
                        .param(owner.email())
                        .query(String.class)
                        .single())
                .contains("Reklam för en webbutik.");
        mvc.perform(get("/annonser/" + id).session(people.signIn(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reklam för en webbutik.")));
    }

    @Test
    void anyoneCanReportAPublishedListingWithAReason() throws Exception {
        Someone owner = people.member("Lina Lund");
        long id = submitted(owner, "Kurs i återbruk");
        postings.approve(id, people.coordinator("Lova Lind").id());
        long before = jdbc.sql("select count(*) from moderation_report")
                .query(Long.class)
                .single();
        mvc.perform(post("/anmal/annons/" + id).param("reason", "NONSENSE").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj ett skäl")));
        // Sent twice (a double click, the back button): thanked twice, filed once.
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/anmal/annons/" + id)
                            .param("reason", "MISLEADING")
                            .param("details", "Kursen finns inte.")
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from moderation_report")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        MockHttpSession coordinator = people.signIn(people.coordinator("Mats Mark"));
        mvc.perform(get("/admin/granskning").session(coordinator))
                .andExpect(content().string(containsString("Kursen finns inte.")));
    }

    @Test
    void aMemberCannotModerate() throws Exception {
        Someone owner = people.member("Nora Nord");
        long id = submitted(owner, "Mentorskap för unga");
        MockHttpSession member = people.signIn(people.member("Olle Olsson"));
        mvc.perform(get("/admin/granskning").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/granskning/annons/" + id + "/godkann")
                        .param("seen", String.valueOf(seen(id)))
                        .session(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void aCoordinatorLeavesTheDecisionOnTheirOwnListingToAnotherCoordinator() throws Exception {
        Someone poster = people.coordinator("Petra Post");
        long id = submitted(poster, "Vi söker en styrelseledamot");
        MockHttpSession own = people.signIn(poster);
        refusedAsOwn(own, id, "godkann", "seen", String.valueOf(seen(id)));
        refusedAsOwn(own, id, "komplettera", "message", "Skriv mer.");
        refusedAsOwn(own, id, "ta-bort", "message", "Fel kategori.");
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
        assertThat(mailsTo(poster.email())).isZero();
        // The queue tells the owner why there is nothing to press, and offers no decision on it.
        mvc.perform(get("/admin/granskning").session(own))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du har själv skickat in annonsen")))
                .andExpect(content().string(not(containsString("/admin/granskning/annons/" + id + "/godkann"))));

        MockHttpSession colleague = people.signIn(people.coordinator("Rune Rättvis"));
        mvc.perform(post("/admin/granskning/annons/" + id + "/godkann")
                        .param("seen", String.valueOf(seen(id)))
                        .session(colleague)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PUBLISHED");

        // Reports about one's own listing are for a colleague to weigh too.
        mvc.perform(post("/anmal/annons/" + id).param("reason", "OTHER").with(csrf()))
                .andExpect(status().is3xxRedirection());
        refusedAsOwn(own, id, "avfarda", "message", "");
        refusedAsOwn(own, id, "ta-bort", "message", "Fel kategori.");
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select count(*) from moderation_report where subject_id = ? and resolved_at is null")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    void refusedAsOwn(MockHttpSession session, long id, String decision, String name, String value) throws Exception {
        mvc.perform(post("/admin/granskning/annons/" + id + "/" + decision)
                        .param(name, value)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessageKey", "moderation.queue.own-listing"));
    }

    @Test
    void theServiceRefusesAReviewerWhoOwnsTheListing() {
        Someone poster = people.coordinator("Sigge Själv");
        long id = submitted(poster, "Mentor sökes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> postings.approve(id, poster.id()))
                .isInstanceOfSatisfying(
                        org.kompanjoner.shared.Refused.class,
                        refused -> assertThat(refused.why()).isEqualTo(org.kompanjoner.shared.Refused.Why.NOT_YOURS));
        assertThat(state(id)).isEqualTo("PENDING_REVIEW");
    }
}
