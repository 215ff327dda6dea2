package org.kompanjoner.shared;

import java.net.URI;
import java.util.Locale;

/** Addresses people type for others to follow. */
public final class WebLinks {

    private WebLinks() {}

    /**
     * Whether {@code link} is an address a browser opens as a page: http or https, with a host, at most
     * {@code maxLength} characters. Anything else ({@code javascript:}, {@code data:}, a bare word) is not.
     */
    public static boolean opensInBrowser(String link, int maxLength) {
        if (link == null || link.length() > maxLength) {
            return false;
        }
        try {
            URI address = URI.create(link);
            String scheme =
                    address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && address.getHost() != null;
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }
}
