package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.Interests;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingTranslations;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.listings.internal.RelatedListings;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Requests;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A listing's page, and answering it with an expression of interest. */
@Controller
class ListingPageController {

    static final int RELATED_SHOWN = 4;

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingViews views;
    private final Interests interests;
    private final RelatedListings related;
    private final ListingTranslations translations;

    ListingPageController(
            JdbcListings listings,
            Postings postings,
            ListingViews views,
            Interests interests,
            RelatedListings related,
            ListingTranslations translations) {
        this.translations = translations;
        this.listings = listings;
        this.postings = postings;
        this.views = views;
        this.interests = interests;
        this.related = related;
    }

    @GetMapping(ListingRoutes.LISTINGS + "/{id}")
    String show(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        Listing listing = find(id);
        SignedInPerson person = SignedInPerson.of(viewer);
        boolean owner = person != null && listing.ownedBy(person.personId());
        boolean staff = SignedInPerson.staff(viewer);
        boolean publiclyVisible = switch (listing.state()) {
            case PUBLISHED, EXPIRED, FULFILLED, WITHDRAWN -> true;
            default -> false;
        };
        // Staff see what they moderate (waiting and removed listings), not drafts nobody has sent in yet.
        if (!publiclyVisible && !owner && !(staff && listing.state() != ListingState.DRAFT)) {
            throw Refused.notFound();
        }
        ListingView view = views.of(listing, locale);
        model.addAttribute("view", view);
        model.addAttribute("owner", owner);
        if (listing.live(postings.today())) {
            // Only an open offer or demand is described to search engines; a closed one is not indexed.
            model.addAttribute("jsonLd", views.jsonLd(view, listing, locale));
        }
        if (publiclyVisible) {
            // Also beside a closed listing: whoever arrives at it late finds the live ones like it.
            model.addAttribute(
                    "related",
                    related.to(listing, postings.today(), RELATED_SHOWN).stream()
                            .map(candidate -> views.inList(candidate, locale))
                            .toList());
        }
        model.addAttribute("live", listing.live(postings.today()));
        if ((owner || staff) && listing.state().open()) {
            model.addAttribute("translated", translations.of(id).keySet());
        }
        model.addAttribute("interests", owner ? interests.forListing(id) : List.of());
        model.addAttribute(
                "myInterest",
                person == null || owner
                        ? null
                        : interests.openBy(id, person.personId()).orElse(null));
        model.addAttribute(
                "coordinatorMessage",
                owner && listing.state() == ListingState.DRAFT
                        ? listings.latestReason(id).orElse(null)
                        : null);
        return "listings/listing";
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/intresse")
    @PreAuthorize("isAuthenticated()")
    String expressInterest(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SignedInPerson person = (SignedInPerson) viewer.getPrincipal();
        find(id);
        String errorKey = null;
        if (message.isBlank()) {
            errorKey = "listings.interest.message.required";
        } else if (message.length() > Interests.MAX_MESSAGE) {
            errorKey = "listings.interest.message.too-long";
        } else {
            try {
                long interestId =
                        interests.express(id, person.personId(), org.kompanjoner.shared.Text.clean(message.strip()));
                Flash.message(redirect, "listings.interest.sent");
                return "redirect:" + ListingRoutes.interest(interestId);
            } catch (Refused refused) {
                refused.explained();
                errorKey = refused.messageKey();
            }
        }
        if ("listings.interest.too-many".equals(errorKey)) {
            Requests.tooMany(response, interests.secondsUntilAllowed(person.personId()));
        } else {
            response.setStatus(400);
        }
        model.addAttribute("interestErrors", FormErrors.rejected("message", message, errorKey));
        model.addAttribute("interestMessage", message);
        return show(id, viewer, locale, model);
    }

    private Listing find(long id) {
        return listings.byId(id).orElseThrow(Refused::notFound);
    }
}
