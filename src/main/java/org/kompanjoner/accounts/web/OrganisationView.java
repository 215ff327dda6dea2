package org.kompanjoner.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.internal.Organisation;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;

/** An organisation as a page shows it: names instead of codes, the description in paragraphs. */
public record OrganisationView(
        Organisation organisation,
        String sector,
        String size,
        String place,
        List<String> challenges,
        List<String> paragraphs) {

    static OrganisationView of(Organisation organisation, Taxonomy taxonomy, Choices choices, Locale locale) {
        List<String> paragraphs = organisation.description() == null
                ? List.of()
                : Arrays.stream(organisation.description().split("\\n\\s*\\n"))
                        .map(String::strip)
                        .filter(paragraph -> !paragraph.isEmpty())
                        .toList();
        return new OrganisationView(
                organisation,
                taxonomy.label(TermKind.SECTOR, organisation.sector(), locale),
                taxonomy.label(TermKind.SIZE, organisation.size(), locale),
                choices.place(organisation.municipality(), locale),
                organisation.challenges().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                paragraphs);
    }

    /** The first sentences of the description, for lists. */
    public String teaser() {
        String text = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        return text.length() <= 220 ? text : text.substring(0, 217).replaceAll("\\s+\\S*$", "") + " …";
    }
}
