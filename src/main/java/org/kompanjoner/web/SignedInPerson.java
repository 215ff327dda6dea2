package org.kompanjoner.web;

/** What the frame needs to know of whoever is signed in; the accounts module's principal provides it. */
public interface SignedInPerson {

    long personId();

    String displayName();
}
