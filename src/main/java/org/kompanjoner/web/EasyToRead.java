package org.kompanjoner.web;

/**
 * An easy-to-read version of a page (lättläst), contributed as a bean by the module whose page it is, in
 * that module's own template. The frame links the standard page to it at the top of the standard page,
 * lists every one on {@link WebRoutes#EASY_TO_READ} and in the sitemap, and never names a module.
 *
 * @param order where it comes in the list, lower first
 * @param slug the last part of its address, under {@link WebRoutes#EASY_TO_READ}
 * @param standardPath the standard page it is the easy version of, which links to it
 * @param titleKey the message key of its title
 * @param template the module's template that writes it (see the fragment {@code layout/easy-to-read})
 */
public record EasyToRead(int order, String slug, String standardPath, String titleKey, String template) {

    public EasyToRead {
        if (!slug.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A slug is lower-case letters, digits and hyphens: " + slug);
        }
    }

    /** Its address. */
    public String path() {
        return WebRoutes.easyToRead(slug);
    }
}
