package org.kompanjoner.support;

import org.kompanjoner.accounts.Role;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a test against the running server (a browser, real HTTP) works with: its port, its database and
 * people to act as, made directly so that a test spends its time on what it is about.
 */
public abstract class ServerTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Credentials credentials;

    @Autowired
    protected PasswordEncoder passwords;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Postings postings;

    private String hash;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A verified person with the test password and {@code roles}; their address. */
    protected String person(String name, String prefix, Role... roles) {
        if (hash == null) {
            hash = passwords.encode(TestPeople.PASSWORD);
        }
        String email = TestPeople.uniqueEmail(prefix);
        credentials.createVerified(name, email, hash, Languages.SWEDISH, roles);
        return email;
    }

    /** A listing by {@code owner} that anyone can read: a poster's first waits for review, so it is approved. */
    protected long publishedListing(long owner, ListingContent content) {
        long id = postings.saveDraft(owner, content);
        if (postings.submit(id, owner) == ListingState.PENDING_REVIEW) {
            postings.approve(id, TestPeople.reviewer(credentials));
        }
        return id;
    }

    /** The id of the person with {@code email}. */
    protected long idOf(String email) {
        return jdbc.sql("select id from accounts_person where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}
