package org.kompanjoner.programmes.facilitators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Facilitators as the pages show them: names from the accounts, codes turned into names. */
@Component
class FacilitatorViews {

    private final Facilitators facilitators;
    private final People people;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    FacilitatorViews(Facilitators facilitators, People people, Taxonomy taxonomy, MessageSource messages) {
        this.facilitators = facilitators;
        this.people = people;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** The cards of {@code personIds} in their order; someone whose account is gone is left out. */
    List<FacilitatorCard> cards(List<Long> personIds, Locale locale) {
        List<FacilitatorCard> cards = new ArrayList<>();
        for (Map.Entry<Long, FacilitatorProfile> entry :
                facilitators.profiles(personIds).entrySet()) {
            people.find(entry.getKey()).ifPresent(person -> cards.add(card(person, entry.getValue(), locale)));
        }
        return cards;
    }

    FacilitatorCard card(PersonSummary person, FacilitatorProfile profile, Locale locale) {
        return new FacilitatorCard(
                person.id(),
                person.displayName(),
                profile.areas().stream()
                        .map(code -> code + ". " + taxonomy.label(TermKind.CHALLENGE, code, locale))
                        .toList(),
                profile.methods(),
                profile.languages().stream().map(code -> language(code, locale)).toList(),
                profile.municipalities().stream()
                        .map(code -> taxonomy.label(TermKind.MUNICIPALITY, code, locale))
                        .toList(),
                profile.availability(),
                profile.about());
    }

    String language(String code, Locale locale) {
        return messages.getMessage(SpokenLanguages.messageKey(code), null, code, locale);
    }

    String name(Long personId) {
        return personId == null
                ? ""
                : people.find(personId).map(PersonSummary::displayName).orElse("");
    }

    /** Every listed facilitator as a choice, by name. */
    List<Option> choices() {
        return facilitators.allActive().stream()
                .map(people::find)
                .flatMap(java.util.Optional::stream)
                .map(person -> new Option(Long.toString(person.id()), person.displayName()))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }
}
