package org.kompanjoner.initiatives.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.Term;
import org.kompanjoner.taxonomy.TermKind;

/**
 * The vocabularies one page of the inventory needs, read once for the page rather than once for every
 * entry it shows: a list of twenty entries named each one's place, challenges and sectors with a query
 * apiece, which was most of the list page's time.
 */
final class Vocabulary {

    private static final List<TermKind> KINDS =
            List.of(TermKind.CHALLENGE, TermKind.SECTOR, TermKind.COUNTY, TermKind.MUNICIPALITY);

    private final Map<TermKind, Map<String, Term>> terms = new EnumMap<>(TermKind.class);

    private Vocabulary() {}

    static Vocabulary read(Taxonomy taxonomy) {
        Vocabulary vocabulary = new Vocabulary();
        for (TermKind kind : KINDS) {
            Map<String, Term> byCode = new LinkedHashMap<>();
            taxonomy.all(kind).forEach(term -> byCode.put(term.code(), term));
            vocabulary.terms.put(kind, byCode);
        }
        return vocabulary;
    }

    /** Every entry of a kind, hidden ones too, in display order. */
    List<Term> all(TermKind kind) {
        return List.copyOf(terms.get(kind).values());
    }

    boolean knows(TermKind kind, String code) {
        return code != null && terms.get(kind).containsKey(code);
    }

    /** The entry's name in {@code locale}, or the code itself when the entry is unknown. */
    String label(TermKind kind, String code, Locale locale) {
        Term term = code == null ? null : terms.get(kind).get(code);
        return term == null ? (code == null ? "" : code) : term.name(locale);
    }

    /** A municipality with its county, as in “Jönköping, Jönköpings län”. */
    String place(String municipality, Locale locale) {
        Term term =
                municipality == null ? null : terms.get(TermKind.MUNICIPALITY).get(municipality);
        return term == null
                ? (municipality == null ? "" : municipality)
                : term.name(locale) + ", " + label(TermKind.COUNTY, term.parentCode(), locale);
    }
}
