package org.kompanjoner.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.accounts.People;
import org.kompanjoner.listings.ListingSummary;
import org.kompanjoner.listings.Listings;
import org.kompanjoner.moderation.ModerationRoutes;
import org.kompanjoner.moderation.internal.Reports;
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

/** The coordinators' queue: listings waiting for review and reported listings, and the decisions. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class ReviewQueueController {

    static final int MAX_MESSAGE = 1000;

    private final Listings listings;
    private final Reports reports;
    private final People people;

    ReviewQueueController(Listings listings, Reports reports, People people) {
        this.listings = listings;
        this.reports = reports;
        this.people = people;
    }

    /** A reported listing with the reports about it. */
    public record Reported(ListingSummary listing, List<Reports.Report> reports) {}

    @GetMapping(ModerationRoutes.QUEUE)
    String queue(Model model) {
        return render(model, null);
    }

    @PostMapping(ModerationRoutes.QUEUE + "/annonser/{id}/godkann")
    @Transactional
    String approve(
            @PathVariable long id,
            @RequestParam long seen,
            @AuthenticationPrincipal SignedInPerson coordinator,
            RedirectAttributes redirect) {
        if (own(id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        return decided(
                listings.approve(id, coordinator.personId(), Instant.ofEpochMilli(seen)),
                id,
                coordinator,
                "APPROVED",
                "moderation.queue.approved",
                redirect);
    }

    @PostMapping(ModerationRoutes.QUEUE + "/annonser/{id}/komplettera")
    @Transactional
    String askForChanges(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            @AuthenticationPrincipal SignedInPerson coordinator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (own(id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        if (!explained(message)) {
            response.setStatus(400);
            return render(model, FormErrors.rejected("changes-" + id, message, "moderation.queue.message.required"));
        }
        boolean done = listings.askForChanges(id, coordinator.personId(), Text.clean(message.strip()));
        return decided(done, id, coordinator, "CHANGES_REQUESTED", "moderation.queue.changes-requested", redirect);
    }

    @PostMapping(ModerationRoutes.QUEUE + "/annonser/{id}/ta-bort")
    @Transactional
    String remove(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            @AuthenticationPrincipal SignedInPerson coordinator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (own(id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        if (!explained(message)) {
            response.setStatus(400);
            return render(model, FormErrors.rejected("remove-" + id, message, "moderation.queue.reason.required"));
        }
        boolean done = listings.remove(id, coordinator.personId(), Text.clean(message.strip()));
        return decided(done, id, coordinator, "REMOVED", "moderation.queue.removed", redirect);
    }

    /**
     * Whether {@code coordinator} posted the listing. Nobody reviews their own listing: approving,
     * sending back, removing it or dismissing reports about it is left to a colleague, and to take it
     * down the owner withdraws it like any member.
     */
    private boolean own(long id, SignedInPerson coordinator) {
        return listings.find(id)
                .filter(listing -> listing.ownerId() == coordinator.personId())
                .isPresent();
    }

    private static String refusedAsOwner(RedirectAttributes redirect) {
        Flash.problem(redirect, "moderation.queue.own-listing");
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    private static boolean explained(String message) {
        return !message.isBlank() && message.length() <= MAX_MESSAGE;
    }

    /** Closes the item's reports with the decision, or says that someone else changed it first. */
    private String decided(
            boolean done,
            long id,
            SignedInPerson coordinator,
            String decision,
            String messageKey,
            RedirectAttributes redirect) {
        if (!done) {
            Flash.problem(redirect, "moderation.queue.not-now");
            return "redirect:" + ModerationRoutes.QUEUE;
        }
        reports.resolve(Reports.LISTING, id, coordinator.personId(), decision);
        Flash.message(redirect, messageKey);
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    @PostMapping(ModerationRoutes.QUEUE + "/annonser/{id}/avfarda")
    String dismiss(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson coordinator, RedirectAttributes redirect) {
        if (own(id, coordinator)) {
            return refusedAsOwner(redirect);
        }
        reports.resolve(Reports.LISTING, id, coordinator.personId(), "DISMISSED");
        Flash.message(redirect, "moderation.queue.dismissed");
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    /** The queue, with a refused decision's message tied to the field it was about. */
    private String render(Model model, Errors errors) {
        Map<Long, List<Reports.Report>> byListing = new LinkedHashMap<>();
        for (Reports.Report report : reports.open(Reports.LISTING)) {
            byListing
                    .computeIfAbsent(report.subjectId(), id -> new java.util.ArrayList<>())
                    .add(report);
        }
        List<Reported> reported = byListing.entrySet().stream()
                .flatMap(entry ->
                        listings.find(entry.getKey()).stream().map(listing -> new Reported(listing, entry.getValue())))
                .toList();
        List<ListingSummary> waiting = listings.waitingForReview();
        // Who sent each listing in, so the coordinator can weigh a first-time poster differently.
        Map<Long, String> posters = new java.util.HashMap<>();
        java.util.stream.Stream.concat(waiting.stream(), reported.stream().map(Reported::listing))
                .map(ListingSummary::ownerId)
                .distinct()
                .forEach(ownerId ->
                        people.find(ownerId).ifPresent(person -> posters.put(ownerId, person.displayName())));
        model.addAttribute("waiting", waiting);
        model.addAttribute("reported", reported);
        model.addAttribute("posters", posters);
        model.addAttribute("formErrors", errors);
        return "moderation/queue";
    }
}
