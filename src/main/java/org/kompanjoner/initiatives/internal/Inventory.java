package org.kompanjoner.initiatives.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.initiatives.InitiativeClosed;
import org.kompanjoner.initiatives.InitiativeEdited;
import org.kompanjoner.initiatives.InitiativeFacts;
import org.kompanjoner.initiatives.InitiativePublished;
import org.kompanjoner.initiatives.InitiativeState;
import org.kompanjoner.initiatives.internal.History.Action;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's workflow: a member suggests, a coordinator publishes, asks for changes or declines;
 * owners keep an entry current (a change to a published entry shows at once and waits for a
 * coordinator's look); coordinators verify entries and name further owners. Every change checks here
 * that the person making it may, and is kept in the {@link History}.
 */
@Service
public class Inventory {

    private final JdbcInitiatives initiatives;
    private final History history;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InitiativeTranslations translations;
    private final ContentRules rules;

    Inventory(
            JdbcInitiatives initiatives,
            History history,
            People people,
            ApplicationEventPublisher events,
            Clock clock,
            InitiativeTranslations translations,
            ContentRules rules) {
        this.translations = translations;
        this.rules = rules;
        this.initiatives = initiatives;
        this.history = history;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A member's suggestion: it waits for a coordinator, and the member becomes its first owner. */
    @Transactional
    public long suggest(long personId, InitiativeContent content) {
        long id = initiatives.insert(content, InitiativeState.SUGGESTED, List.of(personId));
        history.record(id, personId, Action.SUGGESTED, History.changes(null, content), null);
        return id;
    }

    /**
     * An owner's change. A published entry shows it at once and is flagged for a coordinator's look; a
     * suggestion sent back goes to the queue again. Returns the state the entry is in afterwards.
     */
    @Transactional
    public InitiativeState edit(long id, InitiativeContent content, long actorId) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        if (!initiative.ownedBy(actorId)) {
            throw Refused.notYours("Only an owner may change an initiative");
        }
        if (!initiative.state().open()) {
            throw Refused.notNow("initiatives.closed");
        }
        if (content.contactPersonId() != null && !initiative.ownedBy(content.contactPersonId())) {
            throw new Refused("initiatives.contactPerson.invalid");
        }
        List<History.FieldChange> changes = History.changes(initiative.content(), content);
        InitiativeState after = initiative.state();
        if (initiative.state() == InitiativeState.CHANGES_REQUESTED) {
            initiatives.update(id, content);
            move(initiative, InitiativeState.SUGGESTED);
            history.record(id, actorId, Action.RESUBMITTED, changes, null);
            after = InitiativeState.SUGGESTED;
        } else if (!changes.isEmpty()) {
            initiatives.update(id, content);
            if (initiative.published()) {
                initiatives.setChangedSinceReview(id, true);
            }
            history.record(id, actorId, Action.EDITED, changes, null);
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new InitiativeEdited(id, actorId, initiative.published(), facts(id)));
        }
        return after;
    }

    /**
     * Saves the entry's name, summary and description in another language, by an owner or by staff
     * ({@code staff}), held to the original's rules: no more links in the text than an entry may have,
     * and an owner's translation of a published entry waits for a coordinator's look like any change.
     */
    @Transactional
    public void translate(long id, String language, TextFields fields, boolean machine, long actorId, boolean staff) {
        Initiative initiative = translatable(id, actorId, staff);
        if (rules.linksIn(fields) > ContentRules.MAX_LINKS_IN_TEXT) {
            throw new Refused("initiatives.description.too-many-links", ContentRules.MAX_LINKS_IN_TEXT);
        }
        translations.save(id, language, fields, machine);
        if (initiative.published() && !staff) {
            initiatives.setChangedSinceReview(id, true);
        }
        // The index finds an entry by its translations too.
        events.publishEvent(new InitiativeEdited(id, actorId, initiative.published(), facts(id)));
    }

    /** Removes the entry's translation into {@code language}, by an owner or by staff. */
    @Transactional
    public void removeTranslation(long id, String language, long actorId, boolean staff) {
        Initiative initiative = translatable(id, actorId, staff);
        if (translations.remove(id, language)) {
            events.publishEvent(new InitiativeEdited(id, actorId, initiative.published(), facts(id)));
        }
    }

    /** The entry, when {@code actorId} may change its translations now: an owner or staff, while it is open. */
    public Initiative translatable(long id, long actorId, boolean staff) {
        Initiative initiative = initiatives.byId(id).orElseThrow(Refused::notFound);
        if (!initiative.ownedBy(actorId) && !staff) {
            throw Refused.notYours("Only an owner or staff may translate an initiative");
        }
        if (!initiative.state().open()) {
            throw Refused.notNow("initiatives.closed");
        }
        return initiative;
    }

    /**
     * A coordinator lets a suggestion out, or confirms an owner's change to a published entry, for the
     * version they read ({@code seen}, its last change; null skips that check).
     */
    @Transactional(noRollbackFor = Refused.class)
    public void approve(long id, long coordinatorId, Instant seen) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        requireAnotherReviewer(initiative, coordinatorId);
        if (seen != null && initiative.updatedAt().toEpochMilli() != seen.toEpochMilli()) {
            throw Refused.notNow("initiatives.not-now");
        }
        if (initiative.state() == InitiativeState.SUGGESTED) {
            move(initiative, InitiativeState.PUBLISHED);
            history.record(id, coordinatorId, Action.PUBLISHED, null);
            events.publishEvent(new InitiativePublished(id, coordinatorId, facts(id)));
        } else if (initiative.published() && initiative.changedSinceReview()) {
            initiatives.setChangedSinceReview(id, false);
            history.record(id, coordinatorId, Action.CHANGE_CONFIRMED, null);
        } else {
            throw Refused.notNow("initiatives.not-now");
        }
    }

    /**
     * Sends a suggestion back to its owners with what to change; on a published entry whose change
     * waits for a look, the entry stays up and the owners are told what to change.
     */
    @Transactional(noRollbackFor = Refused.class)
    public void askForChanges(long id, long coordinatorId, String message) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        requireAnotherReviewer(initiative, coordinatorId);
        if (initiative.state() == InitiativeState.SUGGESTED) {
            move(initiative, InitiativeState.CHANGES_REQUESTED);
        } else if (initiative.published()) {
            initiatives.setChangedSinceReview(id, false);
        } else {
            throw Refused.notNow("initiatives.not-now");
        }
        history.record(id, coordinatorId, Action.CHANGES_REQUESTED, message);
    }

    /** Declines a suggestion, or takes a published entry down, with the reason. */
    @Transactional(noRollbackFor = Refused.class)
    public InitiativeState remove(long id, long coordinatorId, String reason) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        requireAnotherReviewer(initiative, coordinatorId);
        InitiativeState to = switch (initiative.state()) {
            case SUGGESTED, CHANGES_REQUESTED -> InitiativeState.DECLINED;
            case PUBLISHED -> InitiativeState.REMOVED;
            case DECLINED, REMOVED -> throw Refused.notNow("initiatives.not-now");
        };
        move(initiative, to);
        history.record(id, coordinatorId, to == InitiativeState.DECLINED ? Action.DECLINED : Action.REMOVED, reason);
        events.publishEvent(new InitiativeClosed(id, coordinatorId, to));
        return to;
    }

    /** A coordinator confirms that a published entry is still right; the reminders start over. */
    @Transactional
    public void verify(long id, long coordinatorId) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        if (initiative.ownedBy(coordinatorId)) {
            // Verifying is a coordinator's routine on the staff page, so it is explained there, not a 403.
            throw new Refused("initiatives.verify.own");
        }
        if (!initiative.published()) {
            throw Refused.notNow("initiatives.not-now");
        }
        initiatives.setVerified(id, today());
        history.record(
                id,
                coordinatorId,
                Action.VERIFIED,
                List.of(new History.FieldChange(
                        "lastVerified",
                        initiative.verifiedOn() == null
                                ? ""
                                : initiative.verifiedOn().toString(),
                        today().toString())),
                null);
    }

    /** A coordinator names another member, by e-mail address, as an owner who keeps the entry current. */
    @Transactional
    public PersonSummary addOwner(long id, long coordinatorId, String email) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        PersonSummary person = people.findByEmail(email).orElseThrow(() -> new Refused("initiatives.owners.unknown"));
        if (initiative.ownedBy(person.id())) {
            throw new Refused("initiatives.owners.already");
        }
        initiatives.addOwner(id, person.id());
        history.record(
                id,
                coordinatorId,
                Action.OWNER_ADDED,
                List.of(new History.FieldChange("owner", "", String.valueOf(person.id()))),
                null);
        return person;
    }

    @Transactional
    public void removeOwner(long id, long coordinatorId, long personId) {
        Initiative initiative = initiatives.lockAndRead(id).orElseThrow(Refused::notFound);
        if (!initiative.ownedBy(personId)) {
            throw new Refused("initiatives.owners.not-owner");
        }
        initiatives.removeOwner(id, personId);
        if (personId
                == (initiative.content().contactPersonId() == null
                        ? -1
                        : initiative.content().contactPersonId())) {
            // Someone who no longer keeps the entry is no longer its contact either.
            initiatives.update(id, initiative.content().withContactPerson(null));
        }
        history.record(
                id,
                coordinatorId,
                Action.OWNER_REMOVED,
                List.of(new History.FieldChange("owner", String.valueOf(personId), "")),
                null);
    }

    /** A new entry from a coordinator's import: published at once, with no owners until one is named. */
    long imported(InitiativeContent content, LocalDate verifiedOn, long coordinatorId) {
        long id = initiatives.insert(content, InitiativeState.PUBLISHED, List.of());
        initiatives.setVerified(id, verifiedOn);
        history.record(id, coordinatorId, Action.IMPORTED, History.changes(null, content), null);
        events.publishEvent(new InitiativePublished(id, coordinatorId, facts(id)));
        return id;
    }

    /** An existing entry changed by a coordinator's import (its owners' contact person is kept). */
    void importedOver(Initiative existing, InitiativeContent content, LocalDate verifiedOn, long coordinatorId) {
        List<History.FieldChange> changes = new java.util.ArrayList<>(History.changes(existing.content(), content));
        if (verifiedOn != null && !verifiedOn.equals(existing.verifiedOn())) {
            initiatives.setVerified(existing.id(), verifiedOn);
            changes.add(new History.FieldChange(
                    "lastVerified",
                    existing.verifiedOn() == null ? "" : existing.verifiedOn().toString(),
                    verifiedOn.toString()));
        }
        if (changes.isEmpty()) {
            return;
        }
        initiatives.update(existing.id(), content);
        history.record(existing.id(), coordinatorId, Action.IMPORTED, changes, null);
        events.publishEvent(
                new InitiativeEdited(existing.id(), coordinatorId, existing.published(), facts(existing.id())));
    }

    private void move(Initiative initiative, InitiativeState to) {
        if (!initiatives.changeState(initiative.id(), initiative.state(), to)) {
            throw Refused.notNow("initiatives.not-now");
        }
    }

    /** What listeners elsewhere need to know of the entry as it is now. */
    InitiativeFacts facts(long id) {
        Initiative initiative = initiatives.byId(id).orElseThrow();
        InitiativeContent content = initiative.content();
        return new InitiativeFacts(
                content.name(),
                content.stage(),
                initiative.ownerIds(),
                content.organisationIds(),
                content.challenges(),
                content.sectors(),
                content.municipality());
    }

    /**
     * Review is a second pair of eyes: staff who keep an entry leave the decisions on it, and its
     * verification, to a colleague.
     */
    private static void requireAnotherReviewer(Initiative initiative, long reviewerId) {
        if (initiative.ownedBy(reviewerId)) {
            throw Refused.notYours("An initiative is reviewed by someone other than its owners");
        }
    }
}
