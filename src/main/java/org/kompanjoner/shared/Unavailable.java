package org.kompanjoner.shared;

/**
 * A service the platform leans on but does not hold itself (the shared search engine) cannot answer now.
 * Trying again shortly may work: a page that needs it says so (503) instead of failing with an error,
 * and the frame logs it once, in one line.
 */
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
