package org.kompanjoner.listings;

/** Addresses of the marketplace; templates import these instead of writing URLs. */
public final class ListingRoutes {

    public static final String LISTINGS = "/annonser";
    /** The same list for English-speaking visitors who type the address. */
    public static final String LISTINGS_ENGLISH = "/listings";

    public static final String NEW = "/annonser/ny";
    /** Listings in the review queue's and the report form's addresses. */
    public static final String REVIEW_SLUG = "annons";

    public static final String MINE = "/mina-annonser";
    /** Interests and the conversations after them, under their own ids. */
    public static final String INTERESTS = "/intressen";

    private ListingRoutes() {}

    public static String listing(long id) {
        return LISTINGS + "/" + id;
    }

    public static String edit(long id) {
        return listing(id) + "/redigera";
    }

    public static String submit(long id) {
        return listing(id) + "/skicka";
    }

    public static String withdraw(long id) {
        return listing(id) + "/ta-tillbaka";
    }

    public static String fulfil(long id) {
        return listing(id) + "/partner-hittad";
    }

    public static String expressInterest(long listingId) {
        return listing(listingId) + "/intresse";
    }

    /** A member's interest in a listing, and the conversation after it is accepted. */
    public static String interest(long interestId) {
        return INTERESTS + "/" + interestId;
    }

    public static String acceptInterest(long interestId) {
        return interest(interestId) + "/acceptera";
    }

    public static String declineInterest(long interestId) {
        return interest(interestId) + "/avboj";
    }

    public static String writeInInterest(long interestId) {
        return interest(interestId) + "/meddelanden";
    }

    /** The one-click renewal link in a reminder mail. */
    public static String renewByLink(String token) {
        return LISTINGS + "/forlang/" + token;
    }

    /** The form that adds or changes a translation of the listing ({@code ?language=en} to change one). */
    public static String translation(long id) {
        return listing(id) + "/oversattning";
    }

    public static String removeTranslation(long id) {
        return translation(id) + "/ta-bort";
    }

    public static String renew(long id) {
        return listing(id) + "/forlang";
    }
}
