package org.kompanjoner.programmes.boards;

import java.util.List;

/** An adviser on a panel as the pages show them: their name and their sectors' names. */
public record PanelSeat(long personId, String name, List<String> sectors, String about) {}
