package org.kompanjoner.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form. {@code homepage} is a honeypot: hidden from people (and from screen readers), so only
 * form-filling robots put anything in it.
 */
public record SignUpForm(
        @NotBlank(message = "{accounts.name.required}") @Size(max = 100, message = "{accounts.name.too-long}")
        String displayName,

        @NotBlank(message = "{accounts.email.required}") @Size(max = 254, message = "{accounts.email.invalid}")
        String email,

        String password,
        String next,
        String homepage) {

    /** An empty form; an invitation link may bring the address it was sent to. */
    public static SignUpForm empty(String next, String email) {
        String address = email == null || email.length() > 254 ? "" : email;
        return new SignUpForm("", address, "", next, "");
    }
}
