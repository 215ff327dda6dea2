package org.kompanjoner.programmes.boards;

import gg.jte.Content;
import java.util.List;
import org.kompanjoner.events.EventSummary;

/**
 * A case as its pages show it: the case, its entrepreneur's name, its panel, the sectors the panel
 * brings (and whether they are fewer than wanted), its meeting, follow-ups and story.
 *
 * @param meeting the board meeting, or null before it is scheduled
 */
public record CaseView(
        BoardCase boardCase,
        String entrepreneur,
        List<PanelSeat> panel,
        List<String> sectors,
        boolean fewSectors,
        EventSummary meeting,
        List<FollowUp> followUps,
        Content story) {

    public static final int SECTORS_WANTED = BoardDesk.SECTORS_WANTED;
}
