package org.kompanjoner.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * A form's problems in the reader's language: one message per field, shown beside the field and in a
 * summary at the top of the form that links to it (the pattern screen-reader users find fastest).
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> global;

    private FormErrors(Map<String, String> byField, List<String> global) {
        this.byField = byField;
        this.global = global;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(Errors errors, MessageSource messages, Locale locale) {
        if (errors == null || !errors.hasErrors()) {
            return NONE;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        List<String> global = new ArrayList<>();
        for (ObjectError error : errors.getGlobalErrors()) {
            global.add(messages.getMessage(error, locale));
        }
        return new FormErrors(byField, global);
    }

    /**
     * A form of one field that failed: {@code field}, holding {@code value}, with the message
     * {@code messageKey}; for small forms that are not bound to a record.
     */
    public static Errors rejected(String field, Object value, String messageKey) {
        return rejected(field, value, messageKey, null);
    }

    /** As {@link #rejected(String, Object, String)}, with the message's {@code arguments}. */
    public static Errors rejected(String field, Object value, String messageKey, Object[] arguments) {
        Map<String, Object> values = new HashMap<>();
        values.put(field, value);
        Errors errors = new MapBindingResult(values, "form");
        errors.rejectValue(field, messageKey, arguments, null);
        return errors;
    }

    public boolean any() {
        return !byField.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String text(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> fields() {
        return byField;
    }

    public List<String> global() {
        return global;
    }

    /** The id of the element that describes a field's error, for {@code aria-describedby}. */
    public String describedBy(String field) {
        return has(field) ? field + "-error" : null;
    }

    /**
     * The ids of everything that describes a field, for {@code aria-describedby}: its hint, when it has
     * one, and its error; null when there is neither, so that the attribute is left out.
     */
    public String describedBy(String field, boolean hinted) {
        String error = describedBy(field);
        if (!hinted) {
            return error;
        }
        return error == null ? field + "-hint" : field + "-hint " + error;
    }
}
