package org.kompanjoner.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kompanjoner.shared.Emails;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough (12), long passphrases welcome
 * (up to 256), and not one of the passwords attackers try first, also not with digits or symbols added
 * at the end, nor the person's own e-mail address. No rules about character classes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule {@code password} breaks, if any. */
    public Optional<String> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("accounts.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("accounts.password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("accounts.password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || (stem.length() >= 4 && common.contains(stem)) || repetitive(lower)) {
            return Optional.of("accounts.password.common");
        }
        String normalisedEmail = Emails.normalise(email);
        if (!normalisedEmail.isEmpty()
                && (lower.equals(normalisedEmail) || stem.equals(normalisedEmail.split("@")[0]))) {
            return Optional.of("accounts.password.like-email");
        }
        return Optional.empty();
    }

    /** One character or a short pattern over and over, such as aaaaaaaaaaaa or abcabcabcabc. */
    private static boolean repetitive(String password) {
        for (int size = 1; size <= 3; size++) {
            String unit = password.substring(0, size);
            if (unit.repeat(password.length() / size + 1).startsWith(password)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing", e);
        }
        return words;
    }
}
