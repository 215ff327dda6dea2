package org.kompanjoner.initiatives;

/** An initiative became visible to everyone: a coordinator published a suggestion, or imported it. */
public record InitiativePublished(long initiativeId, Long actorId, InitiativeFacts facts) {}
