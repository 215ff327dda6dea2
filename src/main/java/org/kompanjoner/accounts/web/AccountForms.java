package org.kompanjoner.accounts.web;

import org.kompanjoner.shared.Emails;
import org.springframework.validation.Errors;

/** Checks shared by the account forms. */
final class AccountForms {

    private AccountForms() {}

    static void checkEmail(String email, Errors errors) {
        if (errors.hasFieldErrors("email")) {
            return;
        }
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "accounts.email.required");
        } else if (!Emails.plausible(email)) {
            errors.rejectValue("email", "accounts.email.invalid");
        }
    }
}
