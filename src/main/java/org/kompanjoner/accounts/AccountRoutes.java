package org.kompanjoner.accounts;

/** Addresses of the accounts pages; templates import these instead of writing URLs. */
public final class AccountRoutes {

    public static final String SIGN_UP = "/registrera";
    public static final String SIGN_IN = "/logga-in";
    public static final String SIGN_OUT = "/logga-ut";
    public static final String VERIFY = "/konto/verifiera";
    public static final String RESEND_VERIFICATION = "/konto/verifiera/skicka-igen";
    public static final String FORGOT_PASSWORD = "/glomt-losenord";
    public static final String RESET_PASSWORD = "/aterstall-losenord";
    public static final String MY_ACCOUNT = "/mitt-konto";
    public static final String MY_PROFILE = "/mitt-konto/profil";
    public static final String CHANGE_EMAIL = "/mitt-konto/e-post";
    public static final String CONFIRM_EMAIL = "/mitt-konto/e-post/bekrafta";
    public static final String CHANGE_PASSWORD = "/mitt-konto/losenord";
    public static final String ORGANISATIONS = "/organisationer";
    public static final String NEW_ORGANISATION = "/organisationer/ny";
    public static final String INVITATION = "/inbjudan";
    public static final String ADMIN_PEOPLE = "/admin/personer";

    private AccountRoutes() {}

    public static String organisation(String slug) {
        return ORGANISATIONS + "/" + slug;
    }

    public static String editOrganisation(String slug) {
        return organisation(slug) + "/redigera";
    }

    public static String members(String slug) {
        return organisation(slug) + "/medlemmar";
    }

    public static String invitations(String slug) {
        return organisation(slug) + "/inbjudningar";
    }

    public static String member(String slug, long personId) {
        return members(slug) + "/" + personId;
    }

    public static String invitation(String token) {
        return INVITATION + "/" + token;
    }

    public static String adminPerson(long personId) {
        return ADMIN_PEOPLE + "/" + personId;
    }
}
