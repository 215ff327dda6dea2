package org.kompanjoner.initiatives.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.InitiativeState;
import org.kompanjoner.initiatives.InitiativeSummary;
import org.kompanjoner.initiatives.Initiatives;
import org.kompanjoner.moderation.ReviewItem;
import org.kompanjoner.moderation.Reviewable;
import org.kompanjoner.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory in the one review queue: suggestions waiting, and published entries an owner changed
 * since a coordinator last looked (shown with a note). The decisions are carried out by
 * {@link Inventory}; the owners are told of each by mail and notice.
 */
@Service
class InitiativesFacade implements Initiatives, Reviewable {

    static final String KIND = "INITIATIVE";

    private final JdbcInitiatives initiatives;
    private final Inventory inventory;
    private final OwnerMessages owners;

    InitiativesFacade(JdbcInitiatives initiatives, Inventory inventory, OwnerMessages owners) {
        this.initiatives = initiatives;
        this.inventory = inventory;
        this.owners = owners;
    }

    @Override
    public Optional<InitiativeSummary> find(long initiativeId) {
        return initiatives.byId(initiativeId).map(InitiativesFacade::summary);
    }

    @Override
    public long countPublished() {
        return initiatives.countPublished();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String slug() {
        return InitiativeRoutes.REVIEW_SLUG;
    }

    @Override
    public String kindLabelKey() {
        return "initiatives.kind";
    }

    @Override
    public List<ReviewItem> waiting() {
        return initiatives.waitingForReview().stream()
                .map(InitiativesFacade::item)
                .toList();
    }

    @Override
    public Optional<ReviewItem> item(long id) {
        return initiatives.byId(id).map(InitiativesFacade::item);
    }

    private static ReviewItem item(Initiative initiative) {
        return new ReviewItem(
                KIND,
                initiative.id(),
                initiative.ownerIds(),
                initiative.content().name(),
                initiative.content().summary(),
                initiative.content().language(),
                InitiativeRoutes.initiative(initiative.id()),
                initiative.updatedAt(),
                initiative.published(),
                initiative.published() && initiative.changedSinceReview() ? "initiatives.review.changed" : null);
    }

    @Override
    @Transactional
    public boolean approve(long id, long coordinatorId, Instant seen) {
        Optional<Initiative> before = initiatives.byId(id);
        if (before.isEmpty() || !decided(() -> inventory.approve(id, coordinatorId, seen))) {
            return false;
        }
        if (before.get().state() == InitiativeState.SUGGESTED) {
            owners.tell(reread(id), "initiatives.mail.published.subject", "initiatives.mail.published.body", null);
        }
        return true;
    }

    @Override
    @Transactional
    public boolean askForChanges(long id, long coordinatorId, String message) {
        if (initiatives.byId(id).isEmpty() || !decided(() -> inventory.askForChanges(id, coordinatorId, message))) {
            return false;
        }
        owners.tell(reread(id), "initiatives.mail.changes.subject", "initiatives.mail.changes.body", message);
        return true;
    }

    @Override
    @Transactional
    public boolean remove(long id, long coordinatorId, String reason) {
        if (initiatives.byId(id).isEmpty()) {
            return false;
        }
        InitiativeState[] after = new InitiativeState[1];
        if (!decided(() -> after[0] = inventory.remove(id, coordinatorId, reason))) {
            return false;
        }
        String kind = after[0] == InitiativeState.DECLINED ? "declined" : "removed";
        owners.tell(reread(id), "initiatives.mail." + kind + ".subject", "initiatives.mail." + kind + ".body", reason);
        return true;
    }

    private Initiative reread(long id) {
        return initiatives.byId(id).orElseThrow();
    }

    private static boolean decided(Runnable decision) {
        try {
            decision.run();
            return true;
        } catch (Refused refused) {
            refused.explained();
            return false;
        }
    }

    private static InitiativeSummary summary(Initiative initiative) {
        return new InitiativeSummary(
                initiative.id(),
                initiative.content().name(),
                initiative.content().summary(),
                initiative.content().stage(),
                initiative.state(),
                initiative.content().municipality(),
                initiative.ownerIds(),
                initiative.updatedAt(),
                initiative.content().language());
    }
}
