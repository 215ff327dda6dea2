package org.kompanjoner.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kompanjoner.accounts.People;
import org.kompanjoner.moderation.ModerationRoutes;
import org.kompanjoner.moderation.ReviewItem;
import org.kompanjoner.moderation.Reviewable;
import org.kompanjoner.moderation.internal.Reports;
import org.kompanjoner.moderation.internal.ReviewableKinds;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Text;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' one queue for every kind of content: what waits for review and what was reported,
 * and the decisions, which the content's own module carries out.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class ReviewQueueController {

    static final int MAX_MESSAGE = 1000;

    private final ReviewableKinds kinds;
    private final Reports reports;
    private final People people;

    ReviewQueueController(ReviewableKinds kinds, Reports reports, People people) {
        this.kinds = kinds;
        this.reports = reports;
        this.people = people;
    }

    /** An item in the queue, with what its kind is called and the reports about it (none when it waits). */
    public record Entry(ReviewItem item, String slug, String kindLabelKey, List<Reports.Report> reports) {}

    @GetMapping(ModerationRoutes.QUEUE)
    String queue(Model model) {
        return render(model, null);
    }

    @PostMapping(ModerationRoutes.QUEUE + "/{slug}/{id}/godkann")
    @Transactional
    String approve(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam long seen,
            @AuthenticationPrincipal SignedInPerson coordinator,
            RedirectAttributes redirect) {
        Reviewable kind = kind(slug);
        if (own(kind, id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        return decided(
                kind.approve(id, coordinator.personId(), Instant.ofEpochMilli(seen)),
                kind,
                id,
                coordinator,
                "APPROVED",
                "moderation.queue.approved",
                redirect);
    }

    /** Asking for changes ({@code komplettera}) or taking down ({@code ta-bort}): both need a word to the owners. */
    @PostMapping(ModerationRoutes.QUEUE + "/{slug}/{id}/{decision:komplettera|ta-bort}")
    @Transactional
    String explainedDecision(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable String decision,
            @RequestParam(defaultValue = "") String message,
            @AuthenticationPrincipal SignedInPerson coordinator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Explained what = "komplettera".equals(decision) ? Explained.CHANGES : Explained.REMOVAL;
        return explained(what, kind(slug), id, message, coordinator, model, response, redirect);
    }

    /** The decisions that need a word to their owners: what to change, or why it is taken down. */
    private enum Explained {
        CHANGES(
                "changes",
                "moderation.queue.message.required",
                "CHANGES_REQUESTED",
                "moderation.queue.changes-requested"),
        REMOVAL("remove", "moderation.queue.reason.required", "REMOVED", "moderation.queue.removed");

        final String field;
        final String requiredKey;
        final String decision;
        final String doneKey;

        Explained(String field, String requiredKey, String decision, String doneKey) {
            this.field = field;
            this.requiredKey = requiredKey;
            this.decision = decision;
            this.doneKey = doneKey;
        }

        boolean carryOut(Reviewable kind, long id, long coordinatorId, String message) {
            return this == CHANGES
                    ? kind.askForChanges(id, coordinatorId, message)
                    : kind.remove(id, coordinatorId, message);
        }
    }

    private String explained(
            Explained what,
            Reviewable kind,
            long id,
            String message,
            SignedInPerson coordinator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (own(kind, id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        if (message.isBlank() || message.length() > MAX_MESSAGE) {
            response.setStatus(400);
            String field = what.field + "-" + kind.slug() + "-" + id;
            return render(model, FormErrors.rejected(field, message, what.requiredKey));
        }
        boolean done = what.carryOut(kind, id, coordinator.personId(), Text.clean(message.strip()));
        return decided(done, kind, id, coordinator, what.decision, what.doneKey, redirect);
    }

    @PostMapping(ModerationRoutes.QUEUE + "/{slug}/{id}/avfarda")
    String dismiss(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson coordinator,
            RedirectAttributes redirect) {
        Reviewable kind = kind(slug);
        if (own(kind, id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        reports.resolve(kind.kind(), id, coordinator.personId(), "DISMISSED");
        Flash.message(redirect, "moderation.queue.dismissed");
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    private Reviewable kind(String slug) {
        return kinds.bySlug(slug).orElseThrow(() -> Refused.notFound());
    }

    /**
     * Whether {@code coordinator} is among the item's owners. Nobody reviews their own content: approving,
     * sending back, removing it or dismissing reports about it is left to a colleague, and to take it down
     * the owner withdraws it like any member.
     */
    private static boolean own(Reviewable kind, long id, SignedInPerson coordinator) {
        return kind.item(id)
                .filter(item -> item.ownedBy(coordinator.personId()))
                .isPresent();
    }

    private static String refusedAsOwner(RedirectAttributes redirect) {
        Flash.problem(redirect, "moderation.queue.own-listing");
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    /** Closes the item's reports with the decision, or says that someone else changed it first. */
    private String decided(
            boolean done,
            Reviewable kind,
            long id,
            SignedInPerson coordinator,
            String decision,
            String messageKey,
            RedirectAttributes redirect) {
        if (!done) {
            Flash.problem(redirect, "moderation.queue.not-now");
            return "redirect:" + ModerationRoutes.QUEUE;
        }
        reports.resolve(kind.kind(), id, coordinator.personId(), decision);
        Flash.message(redirect, messageKey);
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    /** The queue, with a refused decision's message tied to the field it was about. */
    private String render(Model model, Errors errors) {
        List<Entry> waiting = new ArrayList<>();
        List<Entry> reported = new ArrayList<>();
        for (Reviewable kind : kinds.all()) {
            kind.waiting().forEach(item -> waiting.add(new Entry(item, kind.slug(), kind.kindLabelKey(), List.of())));
            Map<Long, List<Reports.Report>> byItem = new LinkedHashMap<>();
            for (Reports.Report report : reports.open(kind.kind())) {
                byItem.computeIfAbsent(report.subjectId(), id -> new ArrayList<>())
                        .add(report);
            }
            byItem.forEach((id, about) -> kind.item(id)
                    .ifPresent(item -> reported.add(new Entry(item, kind.slug(), kind.kindLabelKey(), about))));
        }
        // Oldest first across kinds: what has waited longest is looked at first.
        waiting.sort(Comparator.comparing(entry -> entry.item().updatedAt()));
        // Who sent each item in, so the coordinator can weigh a first-time poster differently.
        Map<Long, String> senders = new HashMap<>();
        Stream.concat(waiting.stream(), reported.stream())
                .map(entry -> entry.item().sender())
                .distinct()
                .forEach(sender -> people.find(sender).ifPresent(person -> senders.put(sender, person.displayName())));
        model.addAttribute("waiting", waiting);
        model.addAttribute("reported", reported);
        model.addAttribute("posters", senders);
        model.addAttribute("formErrors", errors);
        return "moderation/queue";
    }
}
