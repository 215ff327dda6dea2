package org.kompanjoner.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TaxonomyIntegrationTests extends SiteTest {

    @Autowired
    Taxonomy taxonomy;

    @Test
    void loadsEveryCountyMunicipalityAndGoalInBothLanguages() {
        assertThat(taxonomy.all(TermKind.COUNTY)).hasSize(21);
        assertThat(taxonomy.all(TermKind.MUNICIPALITY)).hasSize(290);
        assertThat(taxonomy.all(TermKind.CHALLENGE)).hasSize(17);
        assertThat(taxonomy.all(TermKind.SECTOR)).hasSize(4);
        assertThat(taxonomy.all(TermKind.SIZE)).hasSize(4);
        assertThat(taxonomy.find(TermKind.MUNICIPALITY, "0680"))
                .hasValueSatisfying(term -> assertThat(term.parentCode()).isEqualTo("06"));
        assertThat(taxonomy.label(TermKind.COUNTY, "06", Locale.forLanguageTag("en")))
                .isEqualTo("Jönköping County");
        assertThat(taxonomy.label(TermKind.CHALLENGE, "13", Locale.forLanguageTag("sv")))
                .isEqualTo("Bekämpa klimatförändringarna");
        assertThat(taxonomy.all(TermKind.MUNICIPALITY).stream()
                        .filter(m -> m.parentCode().equals("06")))
                .hasSize(13);
    }

    @Test
    void anAdministratorRenamesAndHidesAndOthersMayNot() throws Exception {
        var member = people.signIn(people.member("Rut Rask"));
        mvc.perform(post("/admin/taxonomi/SECTOR/academia")
                        .param("nameSv", "Kapad")
                        .param("nameEn", "Hijacked")
                        .session(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        var admin = people.signIn("admin@test.kompanjoner.se", "lugnt-vatten-vid-vattern-2026");
        mvc.perform(post("/admin/taxonomi/SECTOR/academia")
                        .param("nameSv", "")
                        .param("nameEn", "Academia")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Skriv ett namn")));
        assertThat(taxonomy.label(TermKind.SECTOR, "academia", Locale.forLanguageTag("sv")))
                .isEqualTo("Akademi och forskning");

        mvc.perform(post("/admin/taxonomi/SIZE/large")
                        .param("nameSv", "Stor organisation")
                        .param("nameEn", "Large organisation")
                        .param("hidden", "true")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(taxonomy.find(TermKind.SIZE, "large")).hasValueSatisfying(term -> {
            assertThat(term.nameSv()).isEqualTo("Stor organisation");
            assertThat(term.hidden()).isTrue();
        });
        assertThat(taxonomy.isSelectable(TermKind.SIZE, "large")).isFalse();
        mvc.perform(get("/admin/taxonomi").param("kind", "SIZE").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stor organisation")));
        mvc.perform(post("/admin/taxonomi/SIZE/large")
                        .param("nameSv", "Stor (250 anställda eller fler)")
                        .param("nameEn", "Large (250 employees or more)")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(taxonomy.isSelectable(TermKind.SIZE, "large")).isTrue();
    }
}
