package org.kompanjoner.taxonomy;

import java.util.Locale;

/** One entry of a vocabulary, named in Swedish and English. */
public record Term(
        TermKind kind, String code, String parentCode, String nameSv, String nameEn, int position, boolean hidden) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }
}
