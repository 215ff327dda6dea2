package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.Interests;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.ListingIndexer;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.listings.internal.RelatedListings;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.Requests;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** Posting, showing and managing listings. */
@Controller
public class ListingController {

    static final int PAGE_SIZE = 20;
    static final int RELATED_SHOWN = 4;

    private final JdbcListings listings;
    private final Postings postings;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final ListingViews views;
    private final SearchIndex searchIndex;
    private final Interests interests;
    private final RelatedListings related;
    private final MessageSource messages;
    private final String baseUrl;

    ListingController(
            JdbcListings listings,
            Postings postings,
            Organisations organisations,
            Taxonomy taxonomy,
            Choices choices,
            ListingViews views,
            SearchIndex searchIndex,
            Interests interests,
            RelatedListings related,
            MessageSource messages,
            Settings settings) {
        this.listings = listings;
        this.postings = postings;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.views = views;
        this.searchIndex = searchIndex;
        this.interests = interests;
        this.related = related;
        this.messages = messages;
        this.baseUrl = settings.baseUrl();
    }

    @GetMapping({ListingRoutes.LISTINGS, ListingRoutes.LISTINGS_ENGLISH})
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String sector,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String text = q == null ? "" : q.strip();
        ListingFilters filters = new ListingFilters(
                text.length() > 200 ? text.substring(0, 200) : text,
                known(category, Category.class),
                known(direction, Direction.class),
                taxonomy.find(TermKind.CHALLENGE, challenge).isPresent() ? challenge : null,
                taxonomy.find(TermKind.COUNTY, county).isPresent() ? county : null,
                taxonomy.find(TermKind.MUNICIPALITY, municipality).isPresent() ? municipality : null,
                taxonomy.find(TermKind.SECTOR, sector).isPresent() ? sector : null,
                List.of("relevance", "newest", "expiring").contains(sort) ? sort : "relevance",
                page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1);
        SearchQuery.Order order = switch (filters.sort()) {
            case "newest" -> SearchQuery.Order.NEWEST;
            case "expiring" -> SearchQuery.Order.EXPIRING;
            default -> filters.q().isBlank() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
        };
        SearchResults results = search(filters, order, filters.page());
        int pages = (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (filters.page() > pages) {
            // A page past the end (an old bookmark, fewer results now) shows the last page.
            filters = new ListingFilters(
                    filters.q(),
                    filters.category(),
                    filters.direction(),
                    filters.challenge(),
                    filters.county(),
                    filters.municipality(),
                    filters.sector(),
                    filters.sort(),
                    pages);
            results = search(filters, order, pages);
        }
        model.addAttribute("filters", filters);
        model.addAttribute(
                "results",
                listings.byIds(results.ids()).stream()
                        // The index follows the database a moment behind; a listing closed meanwhile is left out.
                        .filter(listing -> listing.live(postings.today()))
                        .map(listing -> view(listing, locale))
                        .toList());
        model.addAttribute("total", results.total());
        model.addAttribute("pages", pages);
        model.addAttribute("facets", ListingFacets.of(results, filters, taxonomy, locale));
        response.addHeader("Vary", "HX-Request");
        return Requests.htmx(request) ? "listings/_search" : "listings/list";
    }

    private SearchResults search(ListingFilters filters, SearchQuery.Order order, int page) {
        return searchIndex.search(new SearchQuery(
                ListingIndexer.COLLECTION,
                filters.q(),
                filters.facets(),
                ListingFacets.COUNTED,
                order,
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE,
                postings.today()));
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping(ListingRoutes.NEW)
    @PreAuthorize("isAuthenticated()")
    String newForm(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        return form(model, ListingForm.empty(postings.today(), locale.getLanguage()), null, null, person, locale);
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
        ListingContent content = checked(form, person, errors);
        if (content == null) {
            response.setStatus(400);
            return form(model, form, errors, null, person, locale);
        }
        long id = postings.saveDraft(person.personId(), content);
        return afterSave(id, action, person, redirect);
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

    @GetMapping(ListingRoutes.LISTINGS + "/{id}")
    String show(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        Listing listing = find(id);
        SignedInPerson person =
                viewer != null && viewer.getPrincipal() instanceof SignedInPerson signedIn ? signedIn : null;
        boolean owner = person != null && listing.ownedBy(person.personId());
        boolean staff = viewer != null
                && viewer.getAuthorities().stream()
                        .anyMatch(authority ->
                                List.of("ROLE_COORDINATOR", "ROLE_ADMIN").contains(authority.getAuthority()));
        boolean publiclyVisible = switch (listing.state()) {
            case PUBLISHED, EXPIRED, FULFILLED, WITHDRAWN -> true;
            default -> false;
        };
        // Staff see what they moderate (waiting and removed listings), not drafts nobody has sent in yet.
        if (!publiclyVisible && !owner && !(staff && listing.state() != ListingState.DRAFT)) {
            throw Refused.notFound();
        }
        ListingView view = view(listing, locale);
        model.addAttribute("view", view);
        model.addAttribute("owner", owner);
        if (listing.live(postings.today())) {
            // Only an open offer or demand is described to search engines; a closed one is not indexed.
            model.addAttribute(
                    "jsonLd",
                    ListingJsonLd.of(
                            view,
                            messages.getMessage(
                                    "listings.category."
                                            + listing.content().category().name(),
                                    null,
                                    locale),
                            baseUrl));
        }
        if (publiclyVisible) {
            // Also beside a closed listing: whoever arrives at it late finds the live ones like it.
            model.addAttribute(
                    "related",
                    related.to(listing, postings.today(), RELATED_SHOWN).stream()
                            .map(candidate -> view(candidate, locale))
                            .toList());
        }
        model.addAttribute("live", listing.live(postings.today()));
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

    @GetMapping(ListingRoutes.LISTINGS + "/{id}/redigera")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        Listing listing = owned(id, person);
        return form(model, ListingForm.of(listing.content()), null, listing, person, locale);
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
        ListingContent content = checked(form, person, errors);
        if (content == null) {
            response.setStatus(400);
            return form(model, form, errors, listing, person, locale);
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

    /** The one-click renewal from the reminder mail; the link is the proof, no sign-in needed. */
    /**
     * The link from the reminder mail asks before it renews: mail scanners open links to check them, and
     * a renewal on their visit would use up the owner's single-use link.
     */
    @GetMapping(ListingRoutes.LISTINGS + "/forlang/{token}")
    String confirmRenewal(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
        Listing listing = token.length() > 100
                ? null
                : listings.renewalFor(org.kompanjoner.shared.SecretToken.hashOf(token))
                        .flatMap(listings::byId)
                        .orElse(null);
        if (listing == null) {
            response.setStatus(400);
            return "listings/renew-failed";
        }
        model.addAttribute("view", view(listing, locale));
        model.addAttribute("token", token);
        return "listings/renew-confirm";
    }

    @PostMapping(ListingRoutes.LISTINGS + "/forlang/{token}")
    String renewByLink(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        Long id = token.length() > 100
                ? null
                : listings.redeemRenewal(org.kompanjoner.shared.SecretToken.hashOf(token))
                        .orElse(null);
        if (id == null || !postings.renewByLink(id)) {
            response.setStatus(400);
            return "listings/renew-failed";
        }
        Flash.message(redirect, "listings.renewed");
        return "redirect:" + ListingRoutes.listing(id);
    }

    @GetMapping(ListingRoutes.MINE)
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute(
                "mine",
                listings.byOwner(person.personId()).stream()
                        .map(listing -> view(listing, locale))
                        .toList());
        return "listings/mine";
    }

    private String form(
            Model model,
            ListingForm form,
            BindingResult errors,
            Listing existing,
            SignedInPerson person,
            Locale locale) {
        List<OrganisationSummary> own = organisations.of(person.personId());
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", own);
        model.addAttribute("challenges", choices.challenges(locale, List.of()));
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale));
        model.addAttribute("counties", choices.of(TermKind.COUNTY, locale));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of()));
        model.addAttribute("today", postings.today());
        return "listings/form";
    }

    /** The form's content when every field is valid and a new member keeps to the link limit, else null. */
    private ListingContent checked(ListingForm form, SignedInPerson person, BindingResult errors) {
        ListingContent content = form.check(taxonomy, organisations.of(person.personId()), postings.today(), errors);
        if (content != null && !postings.withinLinkLimit(person.personId(), content)) {
            errors.rejectValue(
                    "description",
                    "listings.description.too-many-links",
                    new Object[] {Postings.NEW_MEMBER_LINKS},
                    null);
            return null;
        }
        return content;
    }

    private ListingView view(Listing listing, Locale locale) {
        return views.of(listing, locale);
    }

    private Listing find(long id) {
        return listings.byId(id).orElseThrow(() -> Refused.notFound());
    }

    /** The listing, when {@code person} owns it; anyone else is refused with 403. */
    private Listing owned(long id, SignedInPerson person) {
        Listing listing = find(id);
        if (person == null || !listing.ownedBy(person.personId())) {
            throw Refused.notYours("Not the owner");
        }
        return listing;
    }
}
