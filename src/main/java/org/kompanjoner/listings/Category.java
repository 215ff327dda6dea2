package org.kompanjoner.listings;

/** The three kinds of listing the source names: new business ideas, competence, collaboration. */
public enum Category {
    BUSINESS_IDEA,
    COMPETENCE,
    COLLABORATION
}
