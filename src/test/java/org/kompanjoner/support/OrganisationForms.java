package org.kompanjoner.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A complete organisation form, and creating an organisation through it. */
public final class OrganisationForms {

    private OrganisationForms() {}

    public static MockHttpServletRequestBuilder form(String path, String name, String number) {
        return post(path)
                .param("name", name)
                .param("organisationNumber", number)
                .param("sector", "company")
                .param("size", "small")
                .param("municipality", "0680")
                .param("website", "https://exempel.se")
                .param("description", "Vi gör saker tillsammans.")
                .param("challenges", "8", "11")
                .with(csrf());
    }

    /** Creates the organisation as the person of {@code session} and gives its slug. */
    public static String create(MockMvc mvc, MockHttpSession session, String name, String number) throws Exception {
        String location = mvc.perform(form("/organisationer/ny", name, number).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/organisationer/");
        return location.substring("/organisationer/".length());
    }
}
