package org.kompanjoner.knowledge.publications;

/** What a publication is: a report (often the library's own PDF), an article, a book or a web page elsewhere. */
public enum PublicationKind {
    REPORT,
    ARTICLE,
    BOOK,
    LINK
}
