package org.kompanjoner.initiatives.internal;

/**
 * An organisation taking part in an initiative: one on the platform ({@code organisationId}, linked to
 * its page), or a name alone, with its organisation number when one was given.
 */
public record InvolvedOrganisation(Long organisationId, String name, String organisationNumber) {

    public boolean onPlatform() {
        return organisationId != null;
    }

    /** As files and forms write it: the name, and the organisation number in brackets when known. */
    public String written() {
        return organisationNumber == null || organisationNumber.isBlank()
                ? name
                : name + " (" + organisationNumber + ")";
    }
}
