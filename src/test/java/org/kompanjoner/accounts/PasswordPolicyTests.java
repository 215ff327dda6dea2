package org.kompanjoner.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.internal.PasswordPolicy;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongUncommonPassphrases() {
        assertThat(policy.check("tre trötta tranor i tranås", "anna@exempel.se"))
                .isEmpty();
        assertThat(policy.check("x".repeat(11) + "yz", null)).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.check("elva-tecken", null)).hasValue("accounts.password.too-short");
        assertThat(policy.check("", null)).hasValue("accounts.password.required");
    }

    @Test
    void acceptsUpToTwoHundredFiftySixCharactersAndNoMore() {
        String phrase = "vätternrundan ";
        assertThat(policy.check(phrase.repeat(20).substring(0, 256), null)).isEmpty();
        assertThat(policy.check(phrase.repeat(20).substring(0, 257), null)).hasValue("accounts.password.too-long");
    }

    @Test
    void refusesCommonAndBreachedPasswordsAlsoWithDigitsAppended() {
        assertThat(policy.check("1qaz2wsx3edc", null)).hasValue("accounts.password.common");
        assertThat(policy.check("password123456", null)).hasValue("accounts.password.common");
        assertThat(policy.check("Lösenord12345!", null)).hasValue("accounts.password.common");
        assertThat(policy.check("aaaaaaaaaaaaaaa", null)).hasValue("accounts.password.common");
        assertThat(policy.check("abcabcabcabcabc", null)).hasValue("accounts.password.common");
    }

    @Test
    void refusesThePersonsOwnAddress() {
        assertThat(policy.check("karin.lind@exempel.se", "karin.lind@exempel.se"))
                .hasValue("accounts.password.like-email");
        assertThat(policy.check("karin.lindstrom2024", "karin.lindstrom@exempel.se"))
                .hasValue("accounts.password.like-email");
    }
}
