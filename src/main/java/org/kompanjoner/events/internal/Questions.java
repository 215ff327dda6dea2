package org.kompanjoner.events.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an event asks those who register: some of the standard questions, and up to three of the
 * organiser's own. Each answer is kept under a key: the standard question's name, or FREE_1 to FREE_3.
 */
public record Questions(Set<Question> asked, List<String> free) {

    public static final int MAX_FREE_LENGTH = 200;
    public static final int MAX_ANSWER = 500;
    private static final String FREE = "FREE_";

    /** The standard questions; the personal ones are deleted on a schedule after the event. */
    public enum Question {
        ORGANISATION,
        SECTOR,
        DIET,
        ACCESSIBILITY
    }

    public Questions {
        asked = asked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(asked));
        free = List.copyOf(free);
    }

    public static Questions none() {
        return new Questions(Set.of(), List.of());
    }

    /** The keys of the answers, in the order the questions are shown. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Question question : Question.values()) {
            if (asked.contains(question)) {
                keys.add(question.name());
            }
        }
        for (int number = 1; number <= free.size(); number++) {
            keys.add(FREE + number);
        }
        return keys;
    }

    public boolean any() {
        return !asked.isEmpty() || !free.isEmpty();
    }

    /** The organiser's own question an answer key stands for, or null for a standard question. */
    public String freeQuestion(String key) {
        return key.startsWith(FREE) ? free.get(Integer.parseInt(key.substring(FREE.length())) - 1) : null;
    }

    /**
     * The keys of the answers that say something about the person beyond their work (diet, needs,
     * anything asked freely): these are deleted once the event is some time past.
     */
    public static final List<String> PERSONAL =
            List.of(Question.DIET.name(), Question.ACCESSIBILITY.name(), FREE + 1, FREE + 2, FREE + 3);

    String askedColumn() {
        return keys().stream().filter(key -> !key.startsWith(FREE)).collect(Collectors.joining(","));
    }

    String freeColumn() {
        return String.join("\n", free);
    }

    static Questions fromColumns(String asked, String free) {
        Set<Question> standard = EnumSet.noneOf(Question.class);
        Arrays.stream(asked.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> standard.add(Question.valueOf(name)));
        return new Questions(standard, free.isBlank() ? List.of() : List.of(free.split("\n")));
    }
}
