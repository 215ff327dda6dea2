package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Posting a listing and managing one's own: edit, submit, withdraw, renew, mark fulfilled. */
@Controller
class ListingEditingController {

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingFormPage forms;
    private final ListingViews views;

    ListingEditingController(JdbcListings listings, Postings postings, ListingFormPage forms, ListingViews views) {
        this.listings = listings;
        this.postings = postings;
        this.forms = forms;
        this.views = views;
    }

    @GetMapping(ListingRoutes.NEW)
    @PreAuthorize("isAuthenticated()")
    String newForm(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        return forms.show(model, ListingForm.empty(postings.today(), locale.getLanguage()), null, null, person, locale);
    }

    @PostMapping(ListingRoutes.NEW)
    @PreAuthorize("isAuthenticated()")
    String create(
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("form") ListingForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "draft") String action,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ListingContent content = forms.checked(form, person, errors);
        if (content == null) {
            response.setStatus(400);
            return forms.show(model, form, errors, null, person, locale);
        }
        long id = postings.saveDraft(person.personId(), content);
        return afterSave(id, action, person, redirect);
    }

    @GetMapping(ListingRoutes.LISTINGS + "/{id}/redigera")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        Listing listing = owned(id, person);
        return forms.show(model, ListingForm.of(listing.content()), null, listing, person, locale);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/redigera")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("form") ListingForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "draft") String action,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Listing listing = owned(id, person);
        ListingContent content = forms.checked(form, person, errors);
        if (content == null) {
            response.setStatus(400);
            return forms.show(model, form, errors, listing, person, locale);
        }
        ListingState after;
        try {
            after = postings.edit(id, content, person.personId());
        } catch (Refused closed) {
            if (closed.why() != Refused.Why.NOT_NOW) {
                throw closed;
            }
            // Closed while it was being edited: the listing's own page says what became of it.
            Flash.problem(redirect, closed.messageKey());
            return "redirect:" + ListingRoutes.listing(id);
        }
        if (listing.state() == ListingState.DRAFT) {
            return afterSave(id, action, person, redirect);
        }
        Flash.message(
                redirect,
                after == ListingState.PENDING_REVIEW && listing.state() == ListingState.PUBLISHED
                        ? "listings.saved.review"
                        : "listings.saved");
        return "redirect:" + ListingRoutes.listing(id);
    }

    private String afterSave(long id, String action, SignedInPerson person, RedirectAttributes redirect) {
        if ("submit".equals(action)) {
            ListingState state = postings.submit(id, person.personId());
            Flash.message(
                    redirect,
                    state == ListingState.PUBLISHED ? "listings.submitted.published" : "listings.submitted.review");
        } else {
            Flash.message(redirect, "listings.draft-saved");
        }
        return "redirect:" + ListingRoutes.listing(id);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/skicka")
    String submit(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        owned(id, person);
        return afterSave(id, "submit", person, redirect);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/ta-tillbaka")
    String withdraw(
            @PathVariable long id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        owned(id, person);
        postings.withdraw(id, person.personId());
        Flash.message(redirect, "listings.withdrawn");
        return "redirect:" + ListingRoutes.listing(id);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/partner-hittad")
    String fulfil(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String story,
            @AuthenticationPrincipal SignedInPerson person,
            RedirectAttributes redirect) {
        owned(id, person);
        String text = story.length() > 2000 ? story.substring(0, 2000) : story;
        postings.markFulfilled(id, org.kompanjoner.shared.Text.clean(text), person.personId());
        Flash.message(redirect, "listings.fulfilled");
        return "redirect:" + ListingRoutes.listing(id);
    }

    @PostMapping(ListingRoutes.LISTINGS + "/{id}/forlang")
    String renew(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        owned(id, person);
        postings.renew(id, person.personId());
        Flash.message(redirect, "listings.renewed");
        return "redirect:" + ListingRoutes.listing(id);
    }

    @GetMapping(ListingRoutes.MINE)
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute(
                "mine",
                listings.byOwner(person.personId()).stream()
                        .map(listing -> views.inList(listing, locale))
                        .toList());
        return "listings/mine";
    }

    /** The listing, when {@code person} owns it; anyone else is refused with 403. */
    private Listing owned(long id, SignedInPerson person) {
        Listing listing = listings.byId(id).orElseThrow(Refused::notFound);
        if (person == null || !listing.ownedBy(person.personId())) {
            throw Refused.notYours("Not the owner");
        }
        return listing;
    }
}
