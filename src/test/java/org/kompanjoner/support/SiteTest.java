package org.kompanjoner.support;

import org.junit.jupiter.api.BeforeEach;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.listings.internal.Postings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a test of the whole site through MockMvc works with: the site, its database, people to act as, and
 * the marketplace's postings for tests that need a listing in a given state.
 */
public abstract class SiteTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Credentials credentials;

    @Autowired
    protected PasswordEncoder passwords;

    @Autowired
    protected Postings postings;

    protected TestPeople people;

    @BeforeEach
    void meetThePeople() {
        people = new TestPeople(credentials, passwords, mvc);
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
