package org.kompanjoner.programmes.web;

import org.kompanjoner.events.EventSummary;

/** A programme's session as a page lists it: the event, and for a participant whether they came. */
public record SessionRow(EventSummary event, String when, boolean attended) {}
