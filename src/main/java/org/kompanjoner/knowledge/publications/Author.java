package org.kompanjoner.knowledge.publications;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One credited author: a person by family and given names, or an organisation (a group author) by its
 * name alone, with no given names.
 */
public record Author(String familyName, String givenNames) {

    public Author {
        familyName = familyName.strip();
        givenNames = givenNames.strip();
    }

    /** One line as a coordinator types it: the family name, a comma and the given names; or an organisation's name. */
    static Author parse(String line) {
        int comma = line.indexOf(',');
        return comma < 0 ? new Author(line, "") : new Author(line.substring(0, comma), line.substring(comma + 1));
    }

    public boolean group() {
        return givenNames.isEmpty();
    }

    /** As a coordinator types it, for the form. */
    String line() {
        return group() ? familyName : familyName + ", " + givenNames;
    }

    /** As the reference list writes it: the family name and initials for a person, the name for an organisation. */
    String cited() {
        return group() ? familyName : familyName + ", " + initials(givenNames);
    }

    /** Anna Maria becomes A. M. and Karl-Erik becomes K.-E. (the hyphen kept). */
    static String initials(String givenNames) {
        return Arrays.stream(givenNames.split("\\s+"))
                .filter(name -> !name.isEmpty())
                .map(name -> Arrays.stream(name.split("-"))
                        .filter(part -> !part.isEmpty())
                        .map(part -> part.substring(0, Character.charCount(part.codePointAt(0)))
                                        .toUpperCase(Locale.ROOT)
                                + ".")
                        .collect(Collectors.joining("-")))
                .collect(Collectors.joining(" "));
    }
}
