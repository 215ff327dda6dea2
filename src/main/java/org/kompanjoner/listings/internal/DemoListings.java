package org.kompanjoner.listings.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.PlaceKind;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's marketplace: 150 listings by the demo people, in every category and direction and
 * in every state (130 of them published and shown; the others are drafts, waiting for review, expired,
 * withdrawn or fulfilled, so that every page has something to show), loaded after the people and
 * organisations when the marketplace is still empty, before the site opens. The search index is built
 * from them when the application is ready.
 */
@Component
class DemoListings extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoListings.class);

    private final boolean enabled;
    private final JdbcListings listings;
    private final Postings postings;
    private final People people;
    private final Organisations organisations;

    DemoListings(
            Settings settings,
            JdbcListings listings,
            Postings postings,
            People people,
            Organisations organisations,
            TransactionTemplate transactions) {
        // After the demo people and organisations, whose order is 10.
        super(20, transactions);
        this.enabled = settings.demo().enabled();
        this.listings = listings;
        this.postings = postings;
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!enabled || listings.count() > 0) {
            return;
        }
        Map<String, String> emails = new HashMap<>();
        for (CSVRecord person : CsvResources.read("demo/people.csv")) {
            emails.put(person.get("key"), person.get("email"));
        }
        Map<String, String> numbers = new HashMap<>();
        for (CSVRecord organisation : CsvResources.read("demo/organisations.csv")) {
            numbers.put(organisation.get("key"), organisation.get("org_number"));
        }
        int loaded = 0;
        Instant now = Instant.now();
        for (CSVRecord row : CsvResources.read("demo/listings.csv")) {
            PersonSummary owner = people.findByEmail(emails.getOrDefault(row.get("person"), ""))
                    .orElse(null);
            if (owner == null) {
                // The demo people are not there (the database was not empty): leave the marketplace empty.
                return;
            }
            Long organisationId = row.get("organisation").isBlank()
                    ? null
                    : organisations
                            .findByNumber(numbers.get(row.get("organisation")))
                            .map(OrganisationSummary::id)
                            .orElse(null);
            ListingContent content = new ListingContent(
                    Category.valueOf(row.get("category")),
                    Direction.valueOf(row.get("direction")),
                    row.get("title"),
                    row.get("summary"),
                    row.get("description"),
                    list(row.get("challenges")),
                    list(row.get("sectors")),
                    list(row.get("tags")),
                    PlaceKind.valueOf(row.get("place_kind")),
                    row.get("place_code").isBlank() ? null : row.get("place_code"),
                    organisationId,
                    row.get("language"),
                    postings.today().plusDays(Integer.parseInt(row.get("days_left"))));
            long id = listings.insert(owner.id(), content, ListingState.DRAFT);
            ListingState target = ListingState.valueOf(row.get("state"));
            if (target == ListingState.PENDING_REVIEW) {
                listings.changeState(id, ListingState.DRAFT, ListingState.PENDING_REVIEW, owner.id(), null);
            } else if (target != ListingState.DRAFT) {
                listings.changeState(id, ListingState.DRAFT, ListingState.PUBLISHED, owner.id(), null);
                // Spread publication over the last two months, so "newest first" means something.
                listings.setPublishedAt(id, now.minus(Duration.ofHours(7L * (150 - loaded) + 3)));
                if (target != ListingState.PUBLISHED) {
                    listings.changeState(id, ListingState.PUBLISHED, target, owner.id(), null);
                }
            }
            loaded++;
        }
        log.info("Demo county: {} listings loaded", loaded);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }
}
