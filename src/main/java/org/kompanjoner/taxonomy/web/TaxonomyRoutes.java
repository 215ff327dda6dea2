package org.kompanjoner.taxonomy.web;

/** Addresses of the vocabulary administration. */
public final class TaxonomyRoutes {

    public static final String ADMIN = "/admin/taxonomi";

    private TaxonomyRoutes() {}

    public static String edit(String kind, String code) {
        return ADMIN + "/" + kind + "/" + code;
    }
}
