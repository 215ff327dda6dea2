package org.kompanjoner.listings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.Text;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/** The listing form as submitted: every field a string, checked by {@link #check}. */
public record ListingForm(
        String category,
        String direction,
        String title,
        String summary,
        String description,
        List<String> challenges,
        List<String> sectors,
        String tags,
        String placeKind,
        String municipality,
        String county,
        String organisation,
        String language,
        String expiresOn) {

    static final int MAX_TITLE = 120;
    static final int MAX_SUMMARY = 300;
    static final int MAX_DESCRIPTION = 20000;
    static final int MAX_CHALLENGES = 3;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;

    public ListingForm {
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    static ListingForm empty(LocalDate today, String language) {
        return new ListingForm(
                "",
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                "",
                "MUNICIPALITY",
                "",
                "",
                "",
                language,
                today.plusDays(Postings.DEFAULT_DAYS).toString());
    }

    static ListingForm of(ListingContent content) {
        return new ListingForm(
                content.category().name(),
                content.direction().name(),
                content.title(),
                content.summary(),
                content.description(),
                content.challenges(),
                content.sectors(),
                String.join(", ", content.tags()),
                content.placeKind().name(),
                content.placeKind() == PlaceKind.MUNICIPALITY ? content.placeCode() : "",
                content.placeKind() == PlaceKind.COUNTY ? content.placeCode() : "",
                content.organisationId() == null ? "" : content.organisationId().toString(),
                content.language(),
                content.expiresOn().toString());
    }

    /** Checks every field, records problems in {@code errors}, and returns the content if there are none. */
    ListingContent check(
            Taxonomy taxonomy, List<OrganisationSummary> posterOrganisations, LocalDate today, Errors errors) {
        // Checked in the order the form shows the fields, which is the order the error summary lists them.
        Direction chosenDirection = parse(Direction.class, direction);
        if (chosenDirection == null) {
            errors.rejectValue("direction", "listings.direction.required");
        }
        Category chosenCategory = parse(Category.class, category);
        if (chosenCategory == null) {
            errors.rejectValue("category", "listings.category.required");
        }
        String cleanTitle = clean(title);
        if (cleanTitle.isEmpty()) {
            errors.rejectValue("title", "listings.title.required");
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.rejectValue("title", "listings.title.too-long", new Object[] {MAX_TITLE}, null);
        }
        String cleanSummary = clean(summary);
        if (cleanSummary.isEmpty()) {
            errors.rejectValue("summary", "listings.summary.required");
        } else if (cleanSummary.length() > MAX_SUMMARY) {
            errors.rejectValue("summary", "listings.summary.too-long", new Object[] {MAX_SUMMARY}, null);
        }
        String cleanDescription = clean(description).replace("\r\n", "\n");
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "listings.description.too-long", new Object[] {MAX_DESCRIPTION}, null);
        }
        List<String> chosenChallenges = challenges.stream().distinct().toList();
        if (chosenChallenges.isEmpty()) {
            errors.rejectValue("challenges", "listings.challenges.required");
        } else if (chosenChallenges.size() > MAX_CHALLENGES) {
            errors.rejectValue("challenges", "listings.challenges.too-many", new Object[] {MAX_CHALLENGES}, null);
        } else if (chosenChallenges.stream().anyMatch(code -> !taxonomy.isSelectable(TermKind.CHALLENGE, code))) {
            errors.rejectValue("challenges", "listings.challenges.invalid");
        }
        List<String> chosenSectors = sectors.stream().distinct().toList();
        if (chosenSectors.stream().anyMatch(code -> !taxonomy.isSelectable(TermKind.SECTOR, code))) {
            errors.rejectValue("sectors", "listings.sectors.invalid");
        }
        List<String> chosenTags = tagList();
        if (chosenTags.size() > MAX_TAGS || chosenTags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            errors.rejectValue("tags", "listings.tags.invalid", new Object[] {MAX_TAGS, MAX_TAG}, null);
        }
        PlaceKind chosenPlace = parse(PlaceKind.class, placeKind);
        String placeCode = null;
        if (chosenPlace == null) {
            errors.rejectValue("placeKind", "listings.place.required");
        } else if (chosenPlace == PlaceKind.MUNICIPALITY) {
            placeCode = municipality;
            if (!taxonomy.isSelectable(TermKind.MUNICIPALITY, municipality)) {
                errors.rejectValue("municipality", "listings.place.municipality.invalid");
            }
        } else if (chosenPlace == PlaceKind.COUNTY) {
            placeCode = county;
            if (!taxonomy.isSelectable(TermKind.COUNTY, county)) {
                errors.rejectValue("county", "listings.place.county.invalid");
            }
        }
        Long organisationId = null;
        if (organisation != null && !organisation.isBlank()) {
            organisationId = posterOrganisations.stream()
                    .filter(own -> String.valueOf(own.id()).equals(organisation))
                    .map(OrganisationSummary::id)
                    .findFirst()
                    .orElse(null);
            if (organisationId == null) {
                errors.rejectValue("organisation", "listings.organisation.invalid");
            }
        }
        if (language == null || !List.of("sv", "en").contains(language)) {
            errors.rejectValue("language", "listings.language.invalid");
        }
        LocalDate expiry = null;
        try {
            expiry = LocalDate.parse(expiresOn == null ? "" : expiresOn.strip());
            if (!expiry.isAfter(today)) {
                errors.rejectValue("expiresOn", "listings.expires.past");
            } else if (expiry.isAfter(today.plusDays(Postings.MAX_DAYS))) {
                errors.rejectValue("expiresOn", "listings.expires.too-far", new Object[] {Postings.MAX_DAYS}, null);
            }
        } catch (DateTimeParseException e) {
            errors.rejectValue("expiresOn", "listings.expires.invalid");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ListingContent(
                chosenCategory,
                chosenDirection,
                cleanTitle,
                cleanSummary,
                cleanDescription,
                chosenChallenges,
                chosenSectors,
                chosenTags,
                chosenPlace,
                placeCode,
                organisationId,
                language,
                expiry);
    }

    /** Tags as typed, separated by commas, trimmed, lower case, without repeats. */
    public List<String> tagList() {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(tags.split(","))
                .map(tag -> clean(tag).toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty())
                .toList()));
    }

    private static String clean(String value) {
        return value == null ? "" : Text.clean(value.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
