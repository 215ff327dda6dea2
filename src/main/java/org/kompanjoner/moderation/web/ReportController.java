package org.kompanjoner.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.kompanjoner.moderation.ReportReason;
import org.kompanjoner.moderation.ReviewItem;
import org.kompanjoner.moderation.Reviewable;
import org.kompanjoner.moderation.internal.Reports;
import org.kompanjoner.moderation.internal.ReviewableKinds;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Text;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anyone, signed in or not, can report public content; the report lands in the coordinators' queue. */
@Controller
class ReportController {

    static final RateLimiter.Limit REPORTS_PER_ADDRESS = new RateLimiter.Limit(10, Duration.ofHours(1));
    static final int MAX_DETAILS = 2000;

    private final ReviewableKinds kinds;
    private final Reports reports;
    private final RateLimiter limits;

    ReportController(ReviewableKinds kinds, Reports reports, RateLimiter limits) {
        this.kinds = kinds;
        this.reports = reports;
        this.limits = limits;
    }

    @GetMapping("/anmal/{slug}/{id}")
    String form(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("item", reportable(slug, id).item());
        model.addAttribute("slug", slug);
        model.addAttribute("reason", "");
        model.addAttribute("details", "");
        return "moderation/report";
    }

    @PostMapping("/anmal/{slug}/{id}")
    String report(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String details,
            @RequestParam(defaultValue = "") String homepage,
            @AuthenticationPrincipal SignedInPerson person,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Reportable reportable = reportable(slug, id);
        ReportReason chosen = parse(reason);
        String errorKey = chosen == null
                ? "moderation.report.reason.required"
                : details.length() > MAX_DETAILS ? "moderation.report.details.too-long" : null;
        if (errorKey != null) {
            response.setStatus(400);
            model.addAttribute("item", reportable.item());
            model.addAttribute("slug", slug);
            model.addAttribute("reason", reason);
            model.addAttribute("details", details);
            model.addAttribute(
                    "formErrors",
                    chosen == null
                            ? FormErrors.rejected("reason", reason, errorKey)
                            : FormErrors.rejected("details", details, errorKey));
            return "moderation/report";
        }
        if (limits.refusedFromAddress("report", REPORTS_PER_ADDRESS, request, response)) {
            return "web/too-many";
        }
        // A robot that filled the hidden field is thanked like anyone, and nothing is stored.
        if (homepage.isBlank()) {
            reports.file(
                    reportable.kind().kind(),
                    id,
                    chosen,
                    details.isBlank() ? null : Text.clean(details.strip()),
                    person == null ? null : person.personId());
        }
        Flash.message(redirect, "moderation.report.thanks");
        return "redirect:" + reportable.item().path();
    }

    private record Reportable(Reviewable kind, ReviewItem item) {}

    /** The item, when it is public now; anything else (unknown, a draft, already removed) is not found. */
    private Reportable reportable(String slug, long id) {
        return kinds.bySlug(slug)
                .flatMap(kind -> kind.item(id).filter(ReviewItem::reportable).map(item -> new Reportable(kind, item)))
                .orElseThrow(() -> Refused.notFound());
    }

    private static ReportReason parse(String reason) {
        try {
            return ReportReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
