package org.kompanjoner.knowledge.talks;

import org.springframework.validation.Errors;

/** The text checks every form of the inbox makes, with the same messages. */
final class Checks {

    private Checks() {}

    /** A field that must hold something, and not more than {@code max} characters. */
    static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "talks.form.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "talks.form.too-long", new Object[] {max}, null);
        }
    }
}
