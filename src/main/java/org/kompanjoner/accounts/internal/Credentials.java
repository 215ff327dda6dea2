package org.kompanjoner.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.kompanjoner.accounts.PersonRegistered;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.web.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and what proves them: sign-up, address verification, password reset, and changes to one's
 * own address and password. Answers never reveal whether an address has an account.
 */
@Service
public class Credentials {

    /** Someone signing up with a taken address tells its owner, but not more often than this. */
    static final RateLimiter.Limit ALREADY_REGISTERED_MAILS = new RateLimiter.Limit(1, Duration.ofHours(1));

    private final JdbcPeople people;
    private final Tokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RateLimiter limits;

    Credentials(
            JdbcPeople people,
            Tokens tokens,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            AccountMails mails,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            RateLimiter limits) {
        this.people = people;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.mails = mails;
        this.events = events;
        this.transactions = transactions;
        this.limits = limits;
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.check(password, email);
    }

    /**
     * Creates an unverified account and mails a verification link. When the address already has an
     * account, its owner is told by mail instead (once an hour at most, however often someone tries), and
     * the caller sees the same outcome either way.
     */
    public void signUp(String displayName, String email, String password, Locale locale, String nextPath) {
        // Hashing takes the processor a moment on purpose; it is done before the transaction so that no
        // database connection waits on it, and for taken addresses too so that timing tells nothing.
        String hash = passwords.encode(password);
        try {
            transactions.executeWithoutResult(status -> {
                Optional<Person> existing = people.byEmail(email);
                if (existing.isPresent()) {
                    tellOwnerOfSignUp(existing.get());
                    return;
                }
                long id = people.create(email, displayName, hash, locale, null);
                Person person = people.byId(id).orElseThrow();
                mails.verification(person, tokens.issue(id, Tokens.Purpose.VERIFY_EMAIL, null, nextPath));
                events.publishEvent(new PersonRegistered(id));
            });
        } catch (DuplicateKeyException sameAddressAtTheSameMoment) {
            // Two sign-ups with one address at once: the second meets an existing account, as it would later.
            transactions.executeWithoutResult(status -> people.byEmail(email).ifPresent(this::tellOwnerOfSignUp));
        }
    }

    private void tellOwnerOfSignUp(Person owner) {
        if (limits.tryConsume("already-registered-mail", owner.email(), ALREADY_REGISTERED_MAILS)) {
            mails.alreadyRegistered(owner);
        }
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
    public boolean resetPassword(String secret, String newPassword) {
        String hash = passwords.encode(newPassword);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Tokens.Redeemed> redeemed = tokens.redeem(Tokens.Purpose.RESET_PASSWORD, secret);
            redeemed.ifPresent(token -> {
                people.changePasswordHash(token.personId(), hash);
                people.markVerified(token.personId());
                people.byId(token.personId()).ifPresent(mails::passwordChanged);
            });
            return redeemed.isPresent();
        }));
    }

    public boolean passwordMatches(long personId, String password) {
        return password != null
                && people.byId(personId)
                        .map(person -> passwords.matches(password, person.passwordHash()))
                        .orElse(false);
    }

    public void changePassword(long personId, String newPassword) {
        String hash = passwords.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            people.changePasswordHash(personId, hash);
            people.byId(personId).ifPresent(mails::passwordChanged);
        });
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
