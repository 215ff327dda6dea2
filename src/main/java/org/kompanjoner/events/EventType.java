package org.kompanjoner.events;

/** The kinds of event the county runs; a dialogue meeting also has its challenge question and outcomes. */
public enum EventType {
    SEMINAR,
    DIALOGUE_MEETING,
    TRAINING,
    WORKSHOP
}
