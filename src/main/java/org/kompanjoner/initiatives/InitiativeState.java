package org.kompanjoner.initiatives;

/** Where an entry is in the inventory's workflow. Only PUBLISHED entries are shown to visitors. */
public enum InitiativeState {
    /** A member suggested it; it waits in the review queue. */
    SUGGESTED,
    /** A coordinator sent the suggestion back with what to change; its owners may edit and send it again. */
    CHANGES_REQUESTED,
    PUBLISHED,
    /** A coordinator declined the suggestion, with a reason. */
    DECLINED,
    /** A coordinator took a published entry down, with a reason. */
    REMOVED;

    /** Its owners may still change it. */
    public boolean open() {
        return this == SUGGESTED || this == CHANGES_REQUESTED || this == PUBLISHED;
    }
}
