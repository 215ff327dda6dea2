package org.kompanjoner.shared;

/**
 * A business rule said no (already a member, the last owner, ten interests today): nothing was changed,
 * and the message key explains why to the person, in their language.
 */
public class Refused extends RuntimeException {

    private final String messageKey;

    public Refused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
