package org.kompanjoner.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionGuardTests {

    final SessionGuard filter = new SessionGuard(Duration.ofHours(12), null, null);

    @Test
    void endsASessionTwelveHoursAfterSignInHoweverActive() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionGuard.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(13)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mitt-konto");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/logga-in?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void letsAYoungerSessionThrough() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionGuard.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(11)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mitt-konto");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
