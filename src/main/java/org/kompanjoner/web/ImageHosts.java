package org.kompanjoner.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Hosts other than the platform's own from which its pages may load images, contributed as a bean by a
 * module that needs one: a map's tile server, when an operator configures one. The Content Security
 * Policy's {@code img-src} allows exactly these beside the platform itself; with no such bean, or one
 * that names none, pages load images from the platform alone.
 */
@FunctionalInterface
public interface ImageHosts {

    /**
     * A scheme and host, optionally a port, nothing more ({@code https://tile.example.org}); a leading
     * {@code *.} allows the host's subdomains ({@code https://*.tile.example.org}).
     */
    Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:\\d{1,5})?");

    /** The origins, each matching {@link #ORIGIN}; may be empty. */
    List<String> origins();
}
