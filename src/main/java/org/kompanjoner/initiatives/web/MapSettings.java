package org.kompanjoner.initiatives.web;

import java.net.URI;
import java.util.List;
import org.kompanjoner.web.ImageHosts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map's basemap. By default it is the platform's own outline of the Nordic countries, and the map
 * makes no request to any other server. An operator may name a tile server instead
 * ({@code kompanjoner.map.tiles-url}, e.g. {@code https://tile.example.org/{z}/{x}/{y}.png}, with its
 * attribution in {@code kompanjoner.map.attribution}); then that host, and no other, is allowed to
 * serve images by the Content Security Policy.
 */
@Component
public class MapSettings implements ImageHosts {

    private final String tilesUrl;
    private final String attribution;
    private final List<String> origins;

    MapSettings(
            @Value("${kompanjoner.map.tiles-url:}") String tilesUrl,
            @Value("${kompanjoner.map.attribution:}") String attribution) {
        this.tilesUrl = tilesUrl == null ? "" : tilesUrl.strip();
        this.attribution = attribution == null ? "" : attribution.strip();
        this.origins = this.tilesUrl.isEmpty() ? List.of() : List.of(origin(this.tilesUrl));
    }

    /**
     * The scheme and host of a tile address; a {@code {s}} subdomain placeholder allows the host's
     * subdomains. Anything else (no scheme, a placeholder in the host's name) stops the start with a
     * message, rather than a map that the browser would refuse to draw.
     */
    static String origin(String tilesUrl) {
        String wildcard = tilesUrl.replace("://{s}.", "://x-subdomain.");
        URI uri;
        try {
            uri = URI.create(wildcard.replaceAll("\\{[a-z]+}", "0"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kompanjoner.map.tiles-url is not an address: " + tilesUrl, e);
        }
        if (uri.getHost() == null || !List.of("https", "http").contains(uri.getScheme())) {
            throw new IllegalStateException("kompanjoner.map.tiles-url must start with https:// : " + tilesUrl);
        }
        String host = uri.getHost().replace("x-subdomain.", "*.");
        String origin = uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalStateException("kompanjoner.map.tiles-url has no usable host: " + tilesUrl);
        }
        return origin;
    }

    @Override
    public List<String> origins() {
        return origins;
    }

    /** The tile address, or empty for the platform's own outline map. */
    public String tilesUrl() {
        return tilesUrl;
    }

    public String attribution() {
        return attribution;
    }
}
