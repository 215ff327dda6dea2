package org.kompanjoner.web;

/**
 * A card on the staff start page ({@link WebRoutes#STAFF}), contributed as a bean by the module whose
 * staff page it leads to. Lower {@code order} comes first.
 *
 * @param adminsOnly shown to administrators only (people, vocabularies), not to coordinators
 */
public record StaffCard(int order, String path, String titleKey, String textKey, boolean adminsOnly) {}
