package org.kompanjoner.events.web;

/** The guest form as sent; {@code homepage} is a field people never see, and robots fill in. */
public record GuestForm(String name, String email, String homepage) {

    public GuestForm {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        homepage = homepage == null ? "" : homepage;
    }
}
