package org.kompanjoner.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.kompanjoner.web.Option;
import org.kompanjoner.web.OptionGroup;
import org.springframework.stereotype.Component;

/**
 * Vocabulary entries as form choices in the reader's language. A form offers the entries people may
 * choose plus those the edited record already has (a hidden entry stays on what uses it); a filter
 * offers every entry, hidden ones included, since existing records still carry them.
 */
@Component
public class Choices {

    private final Taxonomy taxonomy;

    Choices(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Selectable entries, and {@code kept} ones even when hidden. */
    public List<Option> of(TermKind kind, Locale locale, Collection<String> kept) {
        return options(kind, locale, term -> !term.hidden() || kept.contains(term.code()), false);
    }

    public List<Option> of(TermKind kind, Locale locale) {
        return of(kind, locale, List.of());
    }

    /** Every entry, for filtering existing records. */
    public List<Option> forFilter(TermKind kind, Locale locale) {
        return options(kind, locale, term -> true, kind == TermKind.CHALLENGE);
    }

    /** The 17 goals, each as number and name (3. Good health and well-being). */
    public List<Option> challenges(Locale locale, Collection<String> kept) {
        return options(TermKind.CHALLENGE, locale, term -> !term.hidden() || kept.contains(term.code()), true);
    }

    /** Municipalities grouped under their counties, for a select with option groups. */
    public List<OptionGroup> municipalitiesByCounty(Locale locale, Collection<String> kept) {
        return municipalities(locale, term -> !term.hidden() || kept.contains(term.code()));
    }

    public List<OptionGroup> municipalitiesForFilter(Locale locale) {
        return municipalities(locale, term -> true);
    }

    /** The municipality and its county (Jönköping, Jönköpings län) for a municipality code. */
    public String place(String municipalityCode, Locale locale) {
        return taxonomy.find(TermKind.MUNICIPALITY, municipalityCode)
                .map(municipality -> municipality.name(locale) + ", "
                        + taxonomy.label(TermKind.COUNTY, municipality.parentCode(), locale))
                .orElse(municipalityCode == null ? "" : municipalityCode);
    }

    private List<Option> options(TermKind kind, Locale locale, Predicate<Term> offered, boolean numbered) {
        return taxonomy.all(kind).stream()
                .filter(offered)
                .map(term ->
                        new Option(term.code(), numbered ? term.code() + ". " + term.name(locale) : term.name(locale)))
                .toList();
    }

    private List<OptionGroup> municipalities(Locale locale, Predicate<Term> offered) {
        Map<String, List<Option>> byCounty = new LinkedHashMap<>();
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (Term county : taxonomy.all(TermKind.COUNTY)) {
            countyNames.put(county.code(), county.name(locale));
            byCounty.put(county.code(), new ArrayList<>());
        }
        for (Term municipality : taxonomy.all(TermKind.MUNICIPALITY)) {
            List<Option> options = byCounty.get(municipality.parentCode());
            if (options != null && offered.test(municipality)) {
                options.add(new Option(municipality.code(), municipality.name(locale)));
            }
        }
        return byCounty.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new OptionGroup(countyNames.get(entry.getKey()), entry.getValue()))
                .toList();
    }
}
