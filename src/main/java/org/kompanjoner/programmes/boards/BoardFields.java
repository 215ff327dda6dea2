package org.kompanjoner.programmes.boards;

import org.springframework.validation.Errors;

/** The text checks every board form makes, with the same messages. */
final class BoardFields {

    private BoardFields() {}

    static String empty(String value) {
        return value == null ? "" : value;
    }

    /** A field that must hold something, and not more than {@code max} characters. */
    static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "boards.form.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "boards.form.too-long", new Object[] {Integer.toString(max)}, null);
        }
    }
}
