package org.kompanjoner.knowledge.publications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kompanjoner.knowledge.PublicationRoutes;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Option;
import org.springframework.stereotype.Component;

/** What the library's pages show of a publication beyond its own fields: its citation and its challenges by name. */
@Component
class PublicationViews {

    private final Choices choices;
    private final Settings settings;

    PublicationViews(Choices choices, Settings settings) {
        this.choices = choices;
        this.settings = settings;
    }

    /** The reference, pointing at the publication elsewhere or at its page here. */
    Citation citation(Publication publication) {
        return Citation.of(
                publication,
                publication.link() != null
                        ? publication.link()
                        : settings.link(PublicationRoutes.publication(publication.id())));
    }

    /** Every challenge's name by its code, in the reader's language. */
    Map<String, String> challengeNames(Locale locale) {
        return choices.forFilter(TermKind.CHALLENGE, locale).stream()
                .collect(Collectors.toMap(Option::value, Option::label));
    }

    List<String> challenges(Publication publication, Locale locale) {
        Map<String, String> names = challengeNames(locale);
        return publication.challenges().stream()
                .map(code -> names.getOrDefault(code, code))
                .toList();
    }
}
