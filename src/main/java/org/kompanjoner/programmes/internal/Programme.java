package org.kompanjoner.programmes.internal;

/** A programme as stored: its plan and who created it (they and administrators run it). */
public record Programme(long id, ProgrammePlan plan, long createdBy) {}
