package org.kompanjoner.initiatives.web;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry's history as its page shows it. Who made each change is named to the entry's owners and to
 * staff; other readers see the role (“an owner”, “a coordinator”), since members' names are not
 * public elsewhere either. The contact person and a changed contact address are not shown to them.
 */
public record HistoryView(List<Line> lines) {

    /** {@code before} and {@code after} as shown; {@code hidden} when the values are not for this reader. */
    public record Change(String fieldKey, String before, String after, boolean hidden) {}

    public record Line(LocalDate date, String who, String actionKey, List<Change> changes, String note) {}
}
