package org.kompanjoner.programmes.boards;

/**
 * Where a case stands. A coordinator takes it up by seating its first adviser ({@link #IN_REVIEW}), says
 * the panel is complete ({@link #PANEL_SEATED}), schedules the meeting ({@link #MEETING_SCHEDULED}) and
 * records the advice ({@link #ADVISED}); the entrepreneur's first follow-up answer makes it
 * {@link #FOLLOWED_UP}. Until the meeting is scheduled it may be {@link #DECLINED} with a message.
 */
public enum CaseStatus {
    SUBMITTED,
    IN_REVIEW,
    PANEL_SEATED,
    MEETING_SCHEDULED,
    ADVISED,
    FOLLOWED_UP,
    DECLINED;

    /** Whether advisers may still be seated or unseated. */
    public boolean panelOpen() {
        return this == SUBMITTED || this == IN_REVIEW || this == PANEL_SEATED;
    }

    public boolean declinable() {
        return panelOpen();
    }
}
