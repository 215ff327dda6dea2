package org.kompanjoner.initiatives;

/** How far an initiative has come, from a first idea to spreading elsewhere, or ended. */
public enum Stage {
    IDEA,
    PILOT,
    ESTABLISHED,
    SPREADING,
    ENDED
}
