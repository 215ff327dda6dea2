package org.kompanjoner.events.web;

/** An event with how many have a seat and how many wait, for the organisers' overview. */
public record EventRow(EventView view, int seated, int waiting) {}
