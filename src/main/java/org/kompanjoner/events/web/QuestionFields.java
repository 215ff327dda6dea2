package org.kompanjoner.events.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/**
 * The answers a registration form carries, one field per question of the event ({@code answer-DIET},
 * {@code answer-FREE_1}, …); every answer is optional. Fields for questions the event does not ask are
 * ignored.
 */
public final class QuestionFields {

    private static final String PREFIX = "answer-";

    private QuestionFields() {}

    public static String field(String key) {
        return PREFIX + key;
    }

    /** The answers as typed, by key, for showing the form again. */
    public static Map<String, String> typed(Questions questions, Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String key : questions.keys()) {
            typed.put(key, form.getOrDefault(field(key), ""));
        }
        return typed;
    }

    /** The answers to keep, stripped; each problem is named by its field in {@code errors}. */
    static Map<String, String> check(Questions questions, Map<String, String> form, Errors errors, Taxonomy taxonomy) {
        Map<String, String> answers = new LinkedHashMap<>();
        typed(questions, form).forEach((key, value) -> {
            String answer = value.strip();
            if (answer.length() > Questions.MAX_ANSWER) {
                errors.rejectValue(field(key), "events.form.too-long", new Object[] {Questions.MAX_ANSWER}, null);
            } else if (key.equals(Questions.Question.SECTOR.name())
                    && !answer.isEmpty()
                    && !taxonomy.isSelectable(TermKind.SECTOR, answer)) {
                errors.rejectValue(field(key), "events.answer.sector.unknown");
            } else {
                answers.put(key, answer);
            }
        });
        return answers;
    }
}
