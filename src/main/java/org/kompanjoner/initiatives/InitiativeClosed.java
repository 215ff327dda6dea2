package org.kompanjoner.initiatives;

/** A suggestion was declined, or a published initiative taken down: {@code state} says which. */
public record InitiativeClosed(long initiativeId, Long actorId, InitiativeState state) {}
