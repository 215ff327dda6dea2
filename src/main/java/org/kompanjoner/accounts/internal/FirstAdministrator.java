package org.kompanjoner.accounts.internal;

import org.kompanjoner.accounts.Role;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration (KOMPANJONER_ADMIN_EMAIL and
 * KOMPANJONER_ADMIN_PASSWORD) when that address has no account yet. There is no built-in password: an
 * installation without this configuration has no administrator until one is configured.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcPeople people;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(
            JdbcPeople people,
            Credentials credentials,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            @Value("${kompanjoner.admin.email:}") String email,
            @Value("${kompanjoner.admin.password:}") String password,
            @Value("${kompanjoner.admin.name:Administratör}") String name) {
        this.people = people;
        this.credentials = credentials;
        this.passwords = passwords;
        this.policy = policy;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        if (people.byEmail(email).isPresent()) {
            people.byEmail(email).ifPresent(person -> people.grant(person.id(), Role.ADMIN));
            return;
        }
        if (!Emails.plausible(email)) {
            throw new IllegalStateException("KOMPANJONER_ADMIN_EMAIL is not an e-mail address");
        }
        policy.check(password, email).ifPresent(problem -> {
            throw new IllegalStateException("KOMPANJONER_ADMIN_PASSWORD is not acceptable (" + problem + ")");
        });
        credentials.createVerified(
                name, email, passwords.encode(password), Languages.SWEDISH, Role.COORDINATOR, Role.ADMIN);
        log.info("Created the first administrator {}", email);
    }
}
