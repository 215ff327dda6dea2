package org.kompanjoner.accounts;

/** A person's place in an organisation: owners keep its profile and its members. */
public enum MembershipRole {
    OWNER,
    MEMBER
}
