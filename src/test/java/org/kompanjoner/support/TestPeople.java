package org.kompanjoner.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.web.Languages;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Verified people for tests, and signing them in through the real sign-in form. */
public final class TestPeople {

    public static final String PASSWORD = "blabärsskogen-i-småland-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final MockMvc mvc;
    private String hash;

    public TestPeople(Credentials credentials, PasswordEncoder passwords, MockMvc mvc) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.mvc = mvc;
    }

    public record Someone(long id, String email, String name) {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kompanjoner.se";
    }

    /** A client address of its own, so one test's failed sign-ins never throttle another's. */
    public static RequestPostProcessor freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * A coordinator who approves listings in tests that are about something else (nobody may approve
     * their own listing). Signs in to nothing: the account has no usable password.
     */
    public static long reviewer(Credentials credentials) {
        return credentials.createVerified(
                "Granskare", uniqueEmail("granskare"), "{unusable}", Languages.SWEDISH, Role.COORDINATOR);
    }

    public Someone member(String name) {
        return withRoles(name);
    }

    public Someone coordinator(String name) {
        return withRoles(name, Role.COORDINATOR);
    }

    private Someone withRoles(String name, Role... roles) {
        if (hash == null) {
            hash = passwords.encode(PASSWORD);
        }
        String email = uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", ""));
        long id = credentials.createVerified(name, email, hash, Languages.SWEDISH, roles);
        return new Someone(id, email, name);
    }

    public MockHttpSession signIn(Someone someone) throws Exception {
        return signIn(someone.email(), PASSWORD);
    }

    public MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/logga-in")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(freshAddress()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("sign-in of " + email).isEqualTo(302);
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
