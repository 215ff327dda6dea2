package org.kompanjoner.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and curates the platform's vocabularies. */
public interface Taxonomy {

    /** Entries people may choose, in display order. */
    List<Term> selectable(TermKind kind);

    /** Every entry, hidden ones included, in display order. */
    List<Term> all(TermKind kind);

    Optional<Term> find(TermKind kind, String code);

    /** True when {@code code} names an entry that may be chosen now (it exists and is not hidden). */
    default boolean isSelectable(TermKind kind, String code) {
        return code != null && find(kind, code).filter(term -> !term.hidden()).isPresent();
    }

    /** The entry's name in {@code locale}, or the code itself when the entry is unknown. */
    default String label(TermKind kind, String code, Locale locale) {
        return find(kind, code).map(term -> term.name(locale)).orElse(code == null ? "" : code);
    }

    /** Renames an entry; the code, which other data refers to, never changes. */
    void rename(TermKind kind, String code, String nameSv, String nameEn);

    /** Hides an entry from new choices; data that already uses it keeps it. */
    void setHidden(TermKind kind, String code, boolean hidden);
}
