package org.kompanjoner.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kompanjoner.web.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the owner out (OWASP ASVS 5.0, V6.3):
 * <ul>
 *   <li>per account and client address: a few failures are free, then each next try must wait twice as
 *       long as the one before (1 s, 2 s, 4 s … up to 15 minutes), so guessing from one place crawls while
 *       someone else signing in to the same account from elsewhere is not held back;
 *   <li>per client address across accounts, a high ceiling, so one machine cannot try a password against
 *       many accounts, while an office behind one address can still sign in all day;
 *   <li>per account from browsers it has never signed in from: a ceiling on failures from everywhere, for
 *       guessing spread over many addresses. A browser the owner has signed in from before is exempt, and
 *       a password reset by mail always works, so the owner always has a way in.
 * </ul>
 * Counts live in this node's memory by default; with {@code kompanjoner.rate-limits=database} they live
 * in the database, so that guessing spread over several nodes is counted as one (see the decisions on
 * rate limits). A success clears its pair.
 */
@Component
public class SignInThrottle {

    /** Failures of one pair before the waiting begins. */
    static final int FREE_FAILURES = 5;

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    /** A pair whose last failure is older than this is forgotten (its wait has long passed). */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /** Why a sign-in is held back, and for how long. */
    public enum Hold {
        /** Too many failures for this account from this place: wait and try again. */
        PAIR,
        /** Too many failures from this address, for whatever accounts. */
        ADDRESS,
        /** Too many failures for this account from new browsers: reset the password or use a known browser. */
        ACCOUNT
    }

    public record Wait(Hold hold, long seconds) {}

    private final SignInFailures pairs;
    private final RateLimiter limits;
    private final RateLimiter.Limit perAddress;
    private final RateLimiter.Limit perAccountFromNewBrowsers;
    private final Clock clock;

    @Autowired
    SignInThrottle(
            RateLimiter limits,
            SignInFailures pairs,
            @Value("${kompanjoner.sign-in.failures-per-address:100}") int perAddress,
            @Value("${kompanjoner.sign-in.failures-per-account:20}") int perAccount) {
        this(limits, pairs, perAddress, perAccount, Clock.systemUTC());
    }

    /** With the counts of failed pairs in memory. */
    SignInThrottle(RateLimiter limits, int perAddress, int perAccount, Clock clock) {
        this(limits, new MemorySignInFailures(), perAddress, perAccount, clock);
    }

    SignInThrottle(RateLimiter limits, SignInFailures pairs, int perAddress, int perAccount, Clock clock) {
        this.pairs = pairs;
        this.limits = limits;
        this.perAddress = new RateLimiter.Limit(perAddress, Duration.ofMinutes(15));
        this.perAccountFromNewBrowsers = new RateLimiter.Limit(perAccount, Duration.ofMinutes(15));
        this.clock = clock;
    }

    /** What holds this sign-in back, if anything; {@code trusted} is a browser the account signed in from. */
    public Optional<Wait> check(String account, String address, boolean trusted) {
        SignInFailures.Failures failures = pairs.of(pair(account, address)).orElse(null);
        if (failures != null && failures.count() >= FREE_FAILURES) {
            Instant allowed = failures.last().plus(delayAfter(failures.count()));
            Instant now = clock.instant();
            if (now.isBefore(allowed)) {
                return Optional.of(
                        new Wait(Hold.PAIR, (Duration.between(now, allowed).toMillis() + 999) / 1000));
            }
        }
        if (limits.exhausted("sign-in-address", address, perAddress)) {
            return Optional.of(new Wait(Hold.ADDRESS, limits.secondsToWait("sign-in-address", address, perAddress)));
        }
        if (!trusted && limits.exhausted("sign-in-account", account, perAccountFromNewBrowsers)) {
            return Optional.of(new Wait(
                    Hold.ACCOUNT, limits.secondsToWait("sign-in-account", account, perAccountFromNewBrowsers)));
        }
        return Optional.empty();
    }

    public void failed(String account, String address, boolean trusted) {
        pairs.add(pair(account, address), clock.instant());
        limits.tryConsume("sign-in-address", address, perAddress);
        if (!trusted) {
            limits.tryConsume("sign-in-account", account, perAccountFromNewBrowsers);
        }
    }

    public void succeeded(String account, String address) {
        pairs.clear(pair(account, address));
    }

    /** The wait before the next try after {@code count} failures: doubling from one second, capped. */
    static Duration delayAfter(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private static String pair(String account, String address) {
        return account + "|" + address;
    }
}
