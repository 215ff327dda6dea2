package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.OrganisationPageSection;
import org.kompanjoner.accounts.internal.AccountUser;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.Memberships;
import org.kompanjoner.accounts.internal.Organisation;
import org.kompanjoner.accounts.internal.OrganisationProfile;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.RateLimiter;
import org.kompanjoner.web.Requests;
import org.springframework.beans.factory.ObjectProvider;
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

/** The organisation directory, public organisation pages, and creating and editing a profile. */
@Controller
public class OrganisationController {

    static final int PAGE_SIZE = 20;
    /** A person registers a few organisations, not dozens: more in a day is a script or a mistake. */
    static final RateLimiter.Limit NEW_PER_PERSON = new RateLimiter.Limit(5, Duration.ofDays(1));

    private final JdbcOrganisations organisations;
    private final Memberships memberships;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final RateLimiter limits;
    private final List<OrganisationPageSection> sections;

    OrganisationController(
            JdbcOrganisations organisations,
            Memberships memberships,
            Taxonomy taxonomy,
            Choices choices,
            RateLimiter limits,
            ObjectProvider<OrganisationPageSection> sections) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.limits = limits;
        this.sections = sections.orderedStream().toList();
    }

    /** The directory's filters, all optional; unknown codes are ignored rather than refused. */
    public record Filters(String q, String sector, String county, String municipality, String challenge, int page) {

        String known(Taxonomy taxonomy, TermKind kind, String code) {
            return code != null && taxonomy.find(kind, code).isPresent() ? code : null;
        }
    }

    @GetMapping(AccountRoutes.ORGANISATIONS)
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String challenge,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        int pageNumber = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        Filters raw = new Filters(text, sector, county, municipality, challenge, pageNumber);
        Filters known = new Filters(
                text,
                raw.known(taxonomy, TermKind.SECTOR, sector),
                raw.known(taxonomy, TermKind.COUNTY, county),
                raw.known(taxonomy, TermKind.MUNICIPALITY, municipality),
                raw.known(taxonomy, TermKind.CHALLENGE, challenge),
                pageNumber);
        long total =
                organisations.count(known.q(), known.sector(), known.county(), known.municipality(), known.challenge());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        // A page past the end (an old bookmark, a shrunk result) shows the last page.
        pageNumber = Math.min(pageNumber, pages);
        Filters filters = new Filters(
                known.q(), known.sector(), known.county(), known.municipality(), known.challenge(), pageNumber);
        List<OrganisationView> results = organisations
                .search(
                        filters.q(),
                        filters.sector(),
                        filters.county(),
                        filters.municipality(),
                        filters.challenge(),
                        (pageNumber - 1) * PAGE_SIZE,
                        PAGE_SIZE)
                .stream()
                .map(organisation -> OrganisationView.of(organisation, taxonomy, choices, locale))
                .toList();
        model.addAttribute("filters", filters);
        model.addAttribute("results", results);
        model.addAttribute("total", total);
        model.addAttribute("pages", pages);
        model.addAttribute("sectors", choices.forFilter(TermKind.SECTOR, locale));
        model.addAttribute("counties", choices.forFilter(TermKind.COUNTY, locale));
        model.addAttribute("municipalities", choices.municipalitiesForFilter(locale));
        model.addAttribute("challenges", choices.forFilter(TermKind.CHALLENGE, locale));
        response.addHeader("Vary", "HX-Request");
        return Requests.htmx(request) ? "accounts/_organisation-results" : "accounts/organisations";
    }

    @GetMapping(AccountRoutes.NEW_ORGANISATION)
    String newForm(Model model, Locale locale) {
        return form(model, OrganisationForm.empty(), null, null, locale);
    }

    @PostMapping(AccountRoutes.NEW_ORGANISATION)
    String create(
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OrganisationProfile profile = form.check(taxonomy, errors, OrganisationForm.empty());
        if (profile != null) {
            long wait = limits.secondsRefused("new-organisation", String.valueOf(user.personId()), NEW_PER_PERSON);
            if (wait > 0) {
                // Counted only for complete forms; what was typed is shown again, so nothing is lost.
                errors.reject("accounts.organisation.too-many");
                Requests.tooMany(response, wait);
                return form(model, form, errors, null, locale);
            }
            String saved = saved(errors, () -> {
                Organisation created = organisations
                        .byId(memberships.create(profile, user.personId()))
                        .orElseThrow();
                Flash.message(redirect, "accounts.organisation.created", created.name());
                return created;
            });
            if (saved != null) {
                return saved;
            }
        }
        response.setStatus(400);
        return form(model, form, errors, null, locale);
    }

    @GetMapping(AccountRoutes.ORGANISATIONS + "/{slug}")
    String show(
            @PathVariable String slug,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            @ModelAttribute("layout") Layout layout,
            Model model) {
        Organisation organisation = find(slug);
        MembershipRole role = user == null
                ? null
                : organisations.role(organisation.id(), user.personId()).orElse(null);
        model.addAttribute("view", OrganisationView.of(organisation, taxonomy, choices, locale));
        model.addAttribute("role", role == null ? "" : role.name());
        model.addAttribute("members", role == null ? List.of() : organisations.members(organisation.id()));
        model.addAttribute(
                "memberCount", organisations.members(organisation.id()).size());
        // What other modules add to the page (the listings module: the organisation's live listings).
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(section -> section.forOrganisation(organisation.id(), layout).stream())
                        .toList());
        return "accounts/organisation";
    }

    @GetMapping(AccountRoutes.ORGANISATIONS + "/{slug}/redigera")
    String editForm(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        Organisation organisation = findOwned(slug, user);
        return form(model, OrganisationForm.of(organisation), null, organisation, locale);
    }

    @PostMapping(AccountRoutes.ORGANISATIONS + "/{slug}/redigera")
    String update(
            @PathVariable String slug,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Organisation organisation = findOwned(slug, user);
        OrganisationProfile profile = form.check(taxonomy, errors, OrganisationForm.of(organisation));
        if (profile != null) {
            String saved = saved(errors, () -> {
                memberships.update(organisation.id(), profile, user.personId());
                Flash.message(redirect, "accounts.organisation.saved");
                return organisation;
            });
            if (saved != null) {
                return saved;
            }
        }
        response.setStatus(400);
        return form(model, form, errors, organisation, locale);
    }

    /**
     * The organisation's page after {@code save}; null when the organisation number was refused (taken
     * by another), which is then shown beside its field.
     */
    private static String saved(BindingResult errors, Supplier<Organisation> save) {
        try {
            return "redirect:" + AccountRoutes.organisation(save.get().slug());
        } catch (Refused refused) {
            refused.explained();
            errors.rejectValue("organisationNumber", refused.messageKey());
            return null;
        }
    }

    private String form(
            Model model, OrganisationForm form, BindingResult errors, Organisation existing, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("existing", existing);
        OrganisationForm kept = existing == null ? OrganisationForm.empty() : OrganisationForm.of(existing);
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale, List.of(kept.sector())));
        model.addAttribute("sizes", choices.of(TermKind.SIZE, locale, List.of(kept.size())));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of(kept.municipality())));
        model.addAttribute("challenges", choices.challenges(locale, kept.challenges()));
        return "accounts/organisation-form";
    }

    private Organisation find(String slug) {
        return organisations.bySlug(slug).orElseThrow(() -> Refused.notFound());
    }

    /** The organisation, when {@code user} owns it; anyone else is refused with 403. */
    private Organisation findOwned(String slug, AccountUser user) {
        Organisation organisation = find(slug);
        if (user == null || !memberships.isOwner(organisation.id(), user.personId())) {
            throw Refused.notYours("Not an owner");
        }
        return organisation;
    }
}
