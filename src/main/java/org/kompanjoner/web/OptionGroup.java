package org.kompanjoner.web;

import java.util.List;

/** Choices under a heading, as in an {@code <optgroup>}. */
public record OptionGroup(String label, List<Option> options) {}
