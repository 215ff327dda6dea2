package org.kompanjoner.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.web.Option;
import org.kompanjoner.web.OptionGroup;
import org.springframework.stereotype.Component;

/** Vocabulary entries as form choices in the reader's language. */
@Component
public class Choices {

    private final Taxonomy taxonomy;

    Choices(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<Option> of(TermKind kind, Locale locale) {
        return taxonomy.selectable(kind).stream()
                .map(term -> new Option(term.code(), term.name(locale)))
                .toList();
    }

    /** The 17 goals, each as number and name: 3. Good health and well-being. */
    public List<Option> challenges(Locale locale) {
        return taxonomy.selectable(TermKind.CHALLENGE).stream()
                .map(term -> new Option(term.code(), term.code() + ". " + term.name(locale)))
                .toList();
    }

    /** Municipalities grouped under their counties, for a select with option groups. */
    public List<OptionGroup> municipalitiesByCounty(Locale locale) {
        Map<String, List<Option>> byCounty = new LinkedHashMap<>();
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (Term county : taxonomy.selectable(TermKind.COUNTY)) {
            countyNames.put(county.code(), county.name(locale));
            byCounty.put(county.code(), new ArrayList<>());
        }
        for (Term municipality : taxonomy.selectable(TermKind.MUNICIPALITY)) {
            List<Option> options = byCounty.get(municipality.parentCode());
            if (options != null) {
                options.add(new Option(municipality.code(), municipality.name(locale)));
            }
        }
        return byCounty.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new OptionGroup(countyNames.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The municipality and its county, such as Jönköping, Jönköpings län, for a municipality code. */
    public String place(String municipalityCode, Locale locale) {
        return taxonomy.find(TermKind.MUNICIPALITY, municipalityCode)
                .map(municipality -> municipality.name(locale) + ", "
                        + taxonomy.label(TermKind.COUNTY, municipality.parentCode(), locale))
                .orElse(municipalityCode == null ? "" : municipalityCode);
    }
}
