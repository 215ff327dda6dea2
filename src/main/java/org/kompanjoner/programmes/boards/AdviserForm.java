package org.kompanjoner.programmes.boards;

import java.util.List;

/** Volunteering as an adviser: the sectors one knows from the inside (codes) and a short text. */
public record AdviserForm(List<String> sectors, String about) {

    public static final int MAX_ABOUT = 500;

    public AdviserForm {
        sectors = sectors == null ? List.of() : sectors.stream().distinct().toList();
        about = BoardFields.empty(about);
    }
}
