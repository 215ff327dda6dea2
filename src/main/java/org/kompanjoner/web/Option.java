package org.kompanjoner.web;

/** One choice in a select list, radio group or checkbox group. */
public record Option(String value, String label) {}
