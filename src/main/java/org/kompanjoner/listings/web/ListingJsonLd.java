package org.kompanjoner.listings.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.web.JsonLd;

/**
 * The listing as schema.org data, so that search engines and partner sites can read what is offered or
 * sought, where and until when: an offering is an {@code Offer}, a seeking listing a {@code Demand}. The
 * poster's name is left out, as on the page itself: only the organisation is public.
 */
final class ListingJsonLd {

    private ListingJsonLd() {}

    /**
     * The JSON text, safe to place inside a {@code <script type="application/ld+json">} element: the
     * characters that could close the element or start markup are written as Unicode escapes.
     */
    static String of(ListingView view, String categoryName, String baseUrl) {
        var listing = view.listing();
        var content = listing.content();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", content.direction() == Direction.OFFERING ? "Offer" : "Demand");
        data.put("@id", baseUrl + ListingRoutes.listing(listing.id()));
        data.put("url", baseUrl + ListingRoutes.listing(listing.id()));
        data.put("name", content.title());
        data.put("description", content.summary());
        data.put("category", categoryName);
        data.put("inLanguage", content.language());
        if (listing.publishedAt() != null) {
            data.put("validFrom", listing.publishedAt().toString());
        }
        data.put("validThrough", content.expiresOn().toString());
        if (view.namedPlace()) {
            data.put("areaServed", ordered("@type", "AdministrativeArea", "name", view.place()));
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Service");
        item.put("name", content.title());
        if (!content.tags().isEmpty()) {
            item.put("keywords", String.join(", ", content.tags()));
        }
        data.put("itemOffered", item);
        if (view.organisation() != null && content.direction() == Direction.OFFERING) {
            data.put(
                    "offeredBy",
                    ordered(
                            "@type",
                            "Organization",
                            "name",
                            view.organisation().name(),
                            "url",
                            baseUrl
                                    + AccountRoutes.organisation(
                                            view.organisation().slug())));
        }
        return JsonLd.forScript(data);
    }

    /** A JSON object whose keys keep the given order ("@type" first), for people who read the data. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
