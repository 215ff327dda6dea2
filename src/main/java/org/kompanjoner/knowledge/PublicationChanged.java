package org.kompanjoner.knowledge;

/** A publication was added, edited or removed: whatever keeps a copy of it (the search index) reads it again. */
public record PublicationChanged(long publicationId) {}
