package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.Interests;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Text;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An interest and its conversation, seen only by the listing's owner and the member who answered. */
@Controller
@PreAuthorize("isAuthenticated()")
public class InterestController {

    static final int MAX_MESSAGE = 4000;

    private final Interests interests;
    private final JdbcListings listings;
    private final People people;
    private final Organisations organisations;

    InterestController(Interests interests, JdbcListings listings, People people, Organisations organisations) {
        this.interests = interests;
        this.listings = listings;
        this.people = people;
        this.organisations = organisations;
    }

    /** One side of an accepted contact: who they are and how to reach them. */
    public record Contact(PersonSummary person, List<OrganisationSummary> organisations) {}

    @GetMapping("/intressen/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson viewer, Model model) {
        return render(id, viewer, model);
    }

    @PostMapping("/intressen/{id}/acceptera")
    String accept(@PathVariable long id, @AuthenticationPrincipal SignedInPerson owner, RedirectAttributes redirect) {
        return decide(id, owner, true, redirect);
    }

    @PostMapping("/intressen/{id}/avboj")
    String decline(@PathVariable long id, @AuthenticationPrincipal SignedInPerson owner, RedirectAttributes redirect) {
        return decide(id, owner, false, redirect);
    }

    private String decide(long id, SignedInPerson owner, boolean accept, RedirectAttributes redirect) {
        find(id);
        // A refusal (decided already, the listing closed) comes back to this page with its message.
        interests.decide(id, owner.personId(), accept);
        Flash.message(redirect, accept ? "listings.interest.accepted" : "listings.interest.declined");
        return "redirect:" + ListingRoutes.interest(id);
    }

    @PostMapping("/intressen/{id}/meddelanden")
    String write(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal SignedInPerson author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        find(id);
        if (body.isBlank() || body.length() > MAX_MESSAGE) {
            response.setStatus(400);
            model.addAttribute("bodyErrors", FormErrors.rejected("body", body, "listings.conversation.body.invalid"));
            model.addAttribute("body", body);
            return render(id, author, model);
        }
        interests.write(id, author.personId(), Text.clean(body.strip()));
        return "redirect:" + ListingRoutes.interest(id) + "#messages";
    }

    private String render(long id, SignedInPerson viewer, Model model) {
        Interests.Interest interest = find(id);
        Listing listing = listings.byId(interest.listingId()).orElseThrow();
        if (!interests.party(interest, listing, viewer.personId())) {
            throw Refused.notYours("Not part of this conversation");
        }
        boolean accepted = interest.state() == Interests.State.ACCEPTED;
        model.addAttribute("interest", interest);
        model.addAttribute("listing", listing);
        model.addAttribute("owner", listing.ownedBy(viewer.personId()));
        model.addAttribute(
                "contacts", accepted ? List.of(contact(listing.ownerId()), contact(interest.memberId())) : List.of());
        model.addAttribute("messages", accepted ? interests.messages(id) : List.of());
        model.addAttribute("names", accepted ? names(listing, interest) : java.util.Map.of());
        return "listings/interest";
    }

    private java.util.Map<Long, String> names(Listing listing, Interests.Interest interest) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (long personId : List.of(listing.ownerId(), interest.memberId())) {
            people.find(personId).ifPresent(person -> names.put(personId, person.displayName()));
        }
        return names;
    }

    private Contact contact(long personId) {
        Optional<PersonSummary> person = people.find(personId);
        return new Contact(person.orElse(null), person.isPresent() ? organisations.of(personId) : List.of());
    }

    private Interests.Interest find(long id) {
        return interests.find(id).orElseThrow(() -> Refused.notFound());
    }
}
