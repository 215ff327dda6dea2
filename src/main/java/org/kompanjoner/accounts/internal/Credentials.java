package org.kompanjoner.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.kompanjoner.accounts.PersonRegistered;
import org.kompanjoner.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and what proves them: sign-up, address verification, password reset, and changes to one's
 * own address and password. Answers never reveal whether an address has an account.
 */
@Service
public class Credentials {

    private final JdbcPeople people;
    private final Tokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;

    Credentials(
            JdbcPeople people,
            Tokens tokens,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            AccountMails mails,
            ApplicationEventPublisher events) {
        this.people = people;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.mails = mails;
        this.events = events;
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.check(password, email);
    }

    /**
     * Creates an unverified account and mails a verification link. When the address already has an
     * account, its owner is told by mail instead, and the caller sees the same outcome either way.
     */
    @Transactional
    public void signUp(String displayName, String email, String password, Locale locale, String nextPath) {
        Optional<Person> existing = people.byEmail(email);
        if (existing.isPresent()) {
            mails.alreadyRegistered(existing.get());
            return;
        }
        long id = people.create(email, displayName, passwords.encode(password), locale, null);
        Person person = people.byId(id).orElseThrow();
        mails.verification(person, tokens.issue(id, Tokens.Purpose.VERIFY_EMAIL, null, nextPath));
        events.publishEvent(new PersonRegistered(id));
    }

    /** Marks the address verified; returns the page the person was on their way to, if any. */
    @Transactional
    public Optional<String> verify(String secret) {
        return tokens.redeem(Tokens.Purpose.VERIFY_EMAIL, secret).map(redeemed -> {
            people.markVerified(redeemed.personId());
            return redeemed.nextPath() == null ? "" : redeemed.nextPath();
        });
    }

    /** True while a verification link is unused and fresh; using it is {@link #verify}. */
    public boolean verificationValid(String secret) {
        return secret != null
                && tokens.peek(Tokens.Purpose.VERIFY_EMAIL, secret).isPresent();
    }

    @Transactional
    public void resendVerification(String email) {
        people.byEmail(email)
                .filter(person -> !person.verified())
                .ifPresent(person ->
                        mails.verification(person, tokens.issue(person.id(), Tokens.Purpose.VERIFY_EMAIL, null, null)));
    }

    @Transactional
    public void requestPasswordReset(String email) {
        people.byEmail(email)
                .ifPresent(person -> mails.passwordReset(
                        person, tokens.issue(person.id(), Tokens.Purpose.RESET_PASSWORD, null, null)));
    }

    public boolean resetTokenValid(String secret) {
        return tokens.peek(Tokens.Purpose.RESET_PASSWORD, secret).isPresent();
    }

    /** Sets a new password from a reset link; the link proves the address, so it counts as verified. */
    @Transactional
    public boolean resetPassword(String secret, String newPassword) {
        Optional<Tokens.Redeemed> redeemed = tokens.redeem(Tokens.Purpose.RESET_PASSWORD, secret);
        redeemed.ifPresent(token -> {
            people.changePasswordHash(token.personId(), passwords.encode(newPassword));
            people.markVerified(token.personId());
            people.byId(token.personId()).ifPresent(mails::passwordChanged);
        });
        return redeemed.isPresent();
    }

    public boolean passwordMatches(long personId, String password) {
        return password != null
                && people.byId(personId)
                        .map(person -> passwords.matches(password, person.passwordHash()))
                        .orElse(false);
    }

    @Transactional
    public void changePassword(long personId, String newPassword) {
        people.changePasswordHash(personId, passwords.encode(newPassword));
        people.byId(personId).ifPresent(mails::passwordChanged);
    }

    /** Mails a confirmation link to the new address; the address changes only when it is followed. */
    @Transactional
    public void requestEmailChange(long personId, String newEmail) {
        Person person = people.byId(personId).orElseThrow();
        if (people.emailTaken(newEmail)) {
            // Tell nobody whether the address has an account; the confirmation will simply never come.
            return;
        }
        mails.confirmNewEmail(
                person,
                Emails.normalise(newEmail),
                tokens.issue(personId, Tokens.Purpose.CHANGE_EMAIL, Emails.normalise(newEmail), null));
    }

    @Transactional
    public boolean confirmEmailChange(String secret) {
        Optional<Tokens.Redeemed> redeemed = tokens.redeem(Tokens.Purpose.CHANGE_EMAIL, secret);
        if (redeemed.isEmpty() || people.emailTaken(redeemed.get().newEmail())) {
            return false;
        }
        Person before = people.byId(redeemed.get().personId()).orElseThrow();
        people.changeEmail(before.id(), redeemed.get().newEmail());
        mails.emailChanged(before, redeemed.get().newEmail());
        return true;
    }

    @Transactional
    public void updateProfile(long personId, String displayName, Locale locale) {
        people.changeProfile(personId, displayName, locale);
    }

    /** Creates a verified account directly: the configured first administrator and the demo people. */
    @Transactional
    public long createVerified(String displayName, String email, String passwordHash, Locale locale, Role... roles) {
        long id = people.create(email, displayName, passwordHash, locale, Instant.now());
        for (Role role : roles) {
            people.grant(id, role);
        }
        return id;
    }
}
