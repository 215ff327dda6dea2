package org.kompanjoner.events.web;

import org.kompanjoner.events.internal.Registration;

/** A registration as its organisers see it: with the person's name and address. */
public record Participant(Registration registration, String name, String email) {}
