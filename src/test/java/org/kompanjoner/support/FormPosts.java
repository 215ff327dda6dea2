package org.kompanjoner.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A form sent as a person would: filled in with {@code filled}, some fields changed as pairs in {@code overrides}. */
public final class FormPosts {

    private FormPosts() {}

    public static MockHttpServletRequestBuilder filledIn(
            String path, MockHttpSession session, Map<String, String> filled, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(filled);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
