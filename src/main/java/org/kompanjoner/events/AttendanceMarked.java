package org.kompanjoner.events;

/** An organiser marked a member present at an event, or took the mark away. */
public record AttendanceMarked(long eventId, long personId, boolean present) {}
