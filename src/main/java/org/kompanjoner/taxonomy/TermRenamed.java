package org.kompanjoner.taxonomy;

/** An administrator renamed or hid a vocabulary entry; search indexes learn of it from this. */
public record TermRenamed(TermKind kind, String code, String nameSv, String nameEn, boolean hidden) {}
