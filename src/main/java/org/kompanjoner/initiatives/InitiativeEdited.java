package org.kompanjoner.initiatives;

/**
 * An initiative's content changed ({@code actorId} did it: an owner, or a coordinator's import);
 * {@code published} says whether visitors see the change.
 */
public record InitiativeEdited(long initiativeId, Long actorId, boolean published, InitiativeFacts facts) {}
