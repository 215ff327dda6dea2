package org.kompanjoner.events.web;

import org.kompanjoner.events.internal.Registration;

/** A member's registration with its event, for "my events"; {@code ended} once the event is over. */
public record MyRegistration(EventView view, Registration registration, boolean ended) {}
