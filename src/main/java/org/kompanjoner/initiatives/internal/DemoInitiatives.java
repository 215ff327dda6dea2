package org.kompanjoner.initiatives.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.initiatives.InitiativeState;
import org.kompanjoner.initiatives.internal.History.Action;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's inventory: 43 initiatives across Jönköpings län's 13 municipalities, in every stage
 * and on all 17 societal challenges, some with an exact point, a few in English, many with demo
 * organisations taking part. Most are published (some not verified for over a year, so that the
 * coordinators' list and the reminders have something to show), two wait in the review queue and one
 * was changed by its owner since a coordinator looked. Loaded after the people, organisations and
 * listings when the inventory is empty, before the site opens; the search index is built from them.
 */
@Component
class DemoInitiatives extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);

    private final Settings settings;
    private final JdbcInitiatives initiatives;
    private final History history;
    private final ContentRules rules;
    private final People people;
    private final Clock clock;

    DemoInitiatives(
            Settings settings,
            JdbcInitiatives initiatives,
            History history,
            ContentRules rules,
            People people,
            Clock clock,
            TransactionTemplate transactions) {
        // After the demo people and organisations (10) and the listings (20).
        super(30, transactions);
        this.settings = settings;
        this.initiatives = initiatives;
        this.history = history;
        this.rules = rules;
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || initiatives.count() > 0) {
            return;
        }
        Map<String, String> emails = new HashMap<>();
        for (CSVRecord person : CsvResources.read("demo/people.csv")) {
            emails.put(person.get("key"), person.get("email"));
        }
        Map<String, String> organisations = new HashMap<>();
        for (CSVRecord organisation : CsvResources.read("demo/organisations.csv")) {
            organisations.put(
                    organisation.get("key"), organisation.get("name") + " (" + organisation.get("org_number") + ")");
        }
        // Coordinators publish and verify; never one who keeps the entry (see Inventory).
        List<Long> coordinators = List.of("anders-bergstrom", "leila-karimi").stream()
                .map(key -> people.findByEmail(emails.get(key))
                        .map(PersonSummary::id)
                        .orElse(null))
                .toList();
        if (coordinators.contains(null)) {
            // The demo people are not there (the database was not empty): leave the inventory empty.
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        int loaded = 0;
        for (CSVRecord row : CsvResources.read("demo/initiatives.csv")) {
            PersonSummary owner = people.findByEmail(emails.getOrDefault(row.get("owner"), ""))
                    .orElse(null);
            if (owner == null) {
                return;
            }
            Map<String, String> raw = new HashMap<>(row.toMap());
            raw.put("organisations", organisationsOf(row.get("organisations"), organisations));
            raw.put("startYear", row.get("start_year"));
            raw.put("endYear", row.get("end_year"));
            raw.put("contactEmail", row.get("contact_email"));
            raw.put("peopleReached", row.get("people_reached"));
            ContentRules.Checked checked = rules.check(raw, null, owner.id(), false);
            if (!checked.ok()) {
                throw new IllegalStateException("Demo initiative " + row.get("name") + ": " + checked.problems());
            }
            InitiativeContent content = checked.content();
            long reviewer = coordinators.get(loaded % 2).equals(owner.id()) ? coordinators.get(1) : coordinators.get(0);
            InitiativeState state = InitiativeState.valueOf(row.get("state"));
            int publishedDaysAgo = Integer.parseInt(row.get("published_days_ago"));
            Instant suggested =
                    now.minus(Duration.ofDays(publishedDaysAgo + 5L)).minus(Duration.ofHours(loaded));
            long id = initiatives.insert(content, InitiativeState.SUGGESTED, List.of(owner.id()));
            history.record(id, owner.id(), Action.SUGGESTED, History.changes(null, content), null, suggested);
            if (state == InitiativeState.PUBLISHED) {
                Instant published = now.minus(Duration.ofDays(publishedDaysAgo)).minus(Duration.ofHours(loaded));
                initiatives.changeState(id, InitiativeState.SUGGESTED, InitiativeState.PUBLISHED);
                initiatives.setDates(id, suggested, published);
                history.record(id, reviewer, Action.PUBLISHED, List.of(), null, published);
                String verified = row.get("verified_days_ago");
                if (!verified.isBlank() && !verified.equals(row.get("published_days_ago"))) {
                    LocalDate on = today.minusDays(Integer.parseInt(verified));
                    initiatives.setVerified(id, on);
                    history.record(
                            id,
                            reviewer,
                            Action.VERIFIED,
                            List.of(new History.FieldChange("lastVerified", "", on.toString())),
                            null,
                            on.atStartOfDay(clock.getZone()).toInstant().plus(Duration.ofHours(10)));
                }
                if ("y".equals(row.get("changed"))) {
                    changedByOwner(id, content, owner.id());
                }
            } else {
                initiatives.setDates(id, suggested, null);
            }
            loaded++;
        }
        log.info("Demo county: {} initiatives loaded", loaded);
    }

    /** The owner adds a figure after publication: the change shows at once and waits for a coordinator. */
    private void changedByOwner(long id, InitiativeContent content, long ownerId) {
        Map<String, String> raw = new HashMap<>(content.fields());
        raw.put("volunteers", "12");
        raw.put("outcomes", "Omkring 85 kvinnor har gått kursen; 70 cyklar nu till jobbet eller skolan.");
        InitiativeContent changed =
                rules.check(raw, content, content.contactPersonId()).content();
        initiatives.update(id, changed);
        initiatives.setChangedSinceReview(id, true);
        history.record(id, ownerId, Action.EDITED, History.changes(content, changed), null);
    }

    /** “@key” names a demo organisation (then linked to its page by its number); anything else is a name. */
    private static String organisationsOf(String written, Map<String, String> organisations) {
        return Arrays.stream(written.split(";"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.startsWith("@") ? organisations.getOrDefault(entry.substring(1), entry) : entry)
                .collect(Collectors.joining("; "));
    }
}
