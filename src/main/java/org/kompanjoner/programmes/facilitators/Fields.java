package org.kompanjoner.programmes.facilitators;

import org.springframework.validation.Errors;

/** The text checks every facilitator form makes, with the same messages. */
final class Fields {

    private Fields() {}

    /** A field that must hold something, and not more than {@code max} characters. */
    static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "facilitators.form.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "facilitators.form.too-long", new Object[] {max}, null);
        }
    }
}
