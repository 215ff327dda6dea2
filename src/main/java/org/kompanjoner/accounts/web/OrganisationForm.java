package org.kompanjoner.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationNumber;
import org.kompanjoner.accounts.internal.Organisation;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.shared.Text;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/** The organisation profile form as submitted: every field a string, checked by {@link #check}. */
public record OrganisationForm(
        String name,
        String organisationNumber,
        String sector,
        String size,
        String municipality,
        String website,
        String description,
        List<String> challenges) {

    static final int MAX_NAME = 150;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_WEBSITE = 300;

    public OrganisationForm {
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
    }

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "", "", "", List.of());
    }

    static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(
                organisation.name(),
                organisation.organisationNumber(),
                organisation.sector(),
                organisation.size(),
                organisation.municipality(),
                organisation.website() == null ? "" : organisation.website(),
                organisation.description() == null ? "" : organisation.description(),
                organisation.challenges());
    }

    public boolean hasChallenge(String code) {
        return challenges.contains(code);
    }

    /** Checks every field, records problems in {@code errors}, and returns the clean profile if none. */
    OrganisationProfile check(Taxonomy taxonomy, Errors errors, OrganisationForm before) {
        String cleanName = Text.clean(trim(name));
        if (cleanName.isEmpty()) {
            errors.rejectValue("name", "accounts.organisation.name.required");
        } else if (cleanName.length() > MAX_NAME) {
            errors.rejectValue("name", "accounts.organisation.name.too-long", new Object[] {MAX_NAME}, null);
        }
        String number = OrganisationNumber.parse(organisationNumber)
                .map(OrganisationNumber::value)
                .orElse(null);
        if (trim(organisationNumber).isEmpty()) {
            errors.rejectValue("organisationNumber", "accounts.organisation.number.required");
        } else if (number == null) {
            errors.rejectValue("organisationNumber", "accounts.organisation.number.invalid");
        }
        requireTerm(taxonomy, TermKind.SECTOR, sector, before.sector(), "sector", errors);
        requireTerm(taxonomy, TermKind.SIZE, size, before.size(), "size", errors);
        requireTerm(taxonomy, TermKind.MUNICIPALITY, municipality, before.municipality(), "municipality", errors);
        String cleanWebsite = trim(website);
        if (!cleanWebsite.isEmpty()) {
            if (!cleanWebsite.matches("(?i)^https?://.*")) {
                cleanWebsite = "https://" + cleanWebsite;
            }
            if (cleanWebsite.length() > MAX_WEBSITE || !validWebAddress(cleanWebsite)) {
                errors.rejectValue("website", "accounts.organisation.website.invalid");
            }
        }
        String cleanDescription = Text.clean(trim(description).replace("\r\n", "\n"));
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            errors.rejectValue(
                    "description", "accounts.organisation.description.too-long", new Object[] {MAX_DESCRIPTION}, null);
        }
        if (challenges.stream()
                .anyMatch(code -> !taxonomy.isSelectable(TermKind.CHALLENGE, code)
                        && !before.challenges().contains(code))) {
            errors.rejectValue("challenges", "accounts.organisation.challenges.invalid");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new OrganisationProfile(
                cleanName,
                number,
                sector,
                size,
                municipality,
                cleanWebsite.isEmpty() ? null : cleanWebsite,
                cleanDescription.isEmpty() ? null : cleanDescription,
                challenges.stream().distinct().toList());
    }

    /** A choice must be selectable now, or be what the organisation already had (hidden since). */
    private static void requireTerm(
            Taxonomy taxonomy, TermKind kind, String code, String kept, String field, Errors errors) {
        if (trim(code).isEmpty()) {
            errors.rejectValue(field, "accounts.organisation." + field + ".required");
        } else if (!taxonomy.isSelectable(kind, code) && !code.equals(kept)) {
            errors.rejectValue(field, "accounts.organisation." + field + ".invalid");
        }
    }

    private static boolean validWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String host = uri.getHost();
            return host != null
                    && host.contains(".")
                    && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
