package org.kompanjoner.initiatives.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.accounts.People;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.InitiativeState;
import org.kompanjoner.initiatives.internal.ContentRules;
import org.kompanjoner.initiatives.internal.Corrections;
import org.kompanjoner.initiatives.internal.History;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.InitiativeContent;
import org.kompanjoner.initiatives.internal.InitiativeTranslations;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.initiatives.internal.MunicipalityPoints;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.Option;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inventory's list and map, an initiative's page, and suggesting and keeping an initiative. */
@Controller
public class InitiativeController {

    /** How many entries the map beside the list draws at most; the list pages through all of them. */
    static final int MAP_LIMIT = 1000;

    private final JdbcInitiatives initiatives;
    private final Inventory inventory;
    private final ContentRules rules;
    private final Corrections corrections;
    private final History history;
    private final InitiativeSearch search;
    private final InitiativeViews views;
    private final HistoryViews histories;
    private final OrganisationSections organisationSections;
    private final Organisations organisations;
    private final People people;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final MunicipalityPoints points;
    private final MapSettings map;
    private final MessageSource messages;
    private final Settings settings;
    private final Layouts layouts;
    private final InitiativeTranslations translations;

    InitiativeController(
            JdbcInitiatives initiatives,
            Inventory inventory,
            ContentRules rules,
            Corrections corrections,
            History history,
            InitiativeSearch search,
            InitiativeViews views,
            HistoryViews histories,
            OrganisationSections organisationSections,
            Organisations organisations,
            People people,
            Taxonomy taxonomy,
            Choices choices,
            MunicipalityPoints points,
            MapSettings map,
            MessageSource messages,
            Settings settings,
            Layouts layouts,
            InitiativeTranslations translations) {
        this.translations = translations;
        this.initiatives = initiatives;
        this.inventory = inventory;
        this.rules = rules;
        this.corrections = corrections;
        this.history = history;
        this.search = search;
        this.views = views;
        this.histories = histories;
        this.organisationSections = organisationSections;
        this.organisations = organisations;
        this.people = people;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.points = points;
        this.map = map;
        this.messages = messages;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping({InitiativeRoutes.INITIATIVES, InitiativeRoutes.INITIATIVES_ENGLISH})
    String list(
            InitiativeQuery query,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Vocabulary vocabulary = Vocabulary.read(taxonomy);
        InitiativeFilters filters = search.filters(query, vocabulary);
        SearchResults results = search.page(filters);
        int pages = (int) Math.max(1, (results.total() + InitiativeSearch.PAGE_SIZE - 1) / InitiativeSearch.PAGE_SIZE);
        if (filters.page() > pages) {
            // A page past the end (an old bookmark, fewer entries now) shows the last page.
            filters = filters.onPage(pages);
            results = search.page(filters);
        }
        model.addAttribute("filters", filters);
        model.addAttribute(
                "results",
                views.cards(
                        initiatives.byIds(results.ids()).stream()
                                // The index follows the database a moment behind; an entry taken down meanwhile is
                                // left out.
                                .filter(Initiative::published)
                                .toList(),
                        locale));
        model.addAttribute("total", results.total());
        model.addAttribute("pages", pages);
        model.addAttribute(
                "facets",
                InitiativeFacets.of(
                        results,
                        filters,
                        vocabulary,
                        locale,
                        stageValue -> messages.getMessage("initiatives.stage." + stageValue.name(), null, locale)));
        model.addAttribute("map", map);
        model.addAttribute("mapLimit", MAP_LIMIT);
        response.addHeader("Vary", "HX-Request");
        return Requests.htmx(request) ? "initiatives/_search" : "initiatives/list";
    }

    @GetMapping(InitiativeRoutes.INITIATIVES + "/{id}")
    String show(@PathVariable long id, Authentication viewer, HttpServletRequest request, Locale locale, Model model) {
        Initiative initiative = find(id);
        Layout layout = layouts.of(request);
        SignedInPerson person = SignedInPerson.of(viewer);
        boolean owner = person != null && initiative.ownedBy(person.personId());
        boolean staff = layout.coordinator();
        if (!initiative.published() && !owner && !staff) {
            throw Refused.notFound();
        }
        InitiativeView view = views.of(initiative, locale);
        model.addAttribute("view", view);
        model.addAttribute("owner", owner);
        model.addAttribute("staff", staff);
        model.addAttribute("history", histories.of(id, owner || staff, locale));
        model.addAttribute("corrections", owner || staff ? corrections.open(id) : List.of());
        model.addAttribute("owners", staff ? ownerNames(initiative) : List.of());
        if ((owner || staff) && initiative.state().open()) {
            model.addAttribute("translated", translations.of(id).keySet());
        }
        model.addAttribute(
                "coordinatorMessage",
                owner && initiative.state() == InitiativeState.CHANGES_REQUESTED
                        ? history.latestNote(id, History.Action.CHANGES_REQUESTED)
                                .orElse(null)
                        : null);
        List<OrganisationPart> parts = new ArrayList<>();
        for (InitiativeView.Organisation organisation : view.organisations()) {
            if (organisation.id() != null) {
                organisationSections
                        .forOrganisation(organisation.id(), layout)
                        .ifPresent(content -> parts.add(new OrganisationPart(organisation, content)));
            }
        }
        model.addAttribute("organisationParts", parts);
        model.addAttribute(
                "where",
                points.where(initiative.content().point(), initiative.content().municipality())
                        .orElse(null));
        model.addAttribute("map", map);
        model.addAttribute("zone", settings.zone());
        if (initiative.published()) {
            String municipality =
                    taxonomy.label(TermKind.MUNICIPALITY, initiative.content().municipality(), locale);
            String county = taxonomy.find(
                            TermKind.MUNICIPALITY, initiative.content().municipality())
                    .map(term -> taxonomy.label(TermKind.COUNTY, term.parentCode(), locale))
                    .orElse("");
            model.addAttribute("jsonLd", InitiativeJsonLd.of(view, municipality, county, settings.baseUrl()));
        }
        return "initiatives/initiative";
    }

    /** An organisation taking part, and what other modules show of it (its listings). */
    public record OrganisationPart(InitiativeView.Organisation organisation, gg.jte.Content content) {}

    /** An owner as coordinators see them: to remove one, or to know who keeps the entry. */
    public record OwnerName(long id, String name) {}

    private List<OwnerName> ownerNames(Initiative initiative) {
        return initiative.ownerIds().stream()
                .map(ownerId -> new OwnerName(
                        ownerId,
                        people.find(ownerId).map(found -> found.displayName()).orElse("#" + ownerId)))
                .toList();
    }

    @GetMapping(InitiativeRoutes.NEW)
    @PreAuthorize("isAuthenticated()")
    String newForm(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        return form(model, InitiativeForm.empty(locale.getLanguage(), person.personId()), null, null, person, locale);
    }

    @PostMapping(InitiativeRoutes.NEW)
    @PreAuthorize("isAuthenticated()")
    String suggest(
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InitiativeContent content = checked(form, null, person, errors);
        if (content == null) {
            response.setStatus(400);
            return form(model, form, errors, null, person, locale);
        }
        long id = inventory.suggest(person.personId(), content);
        Flash.message(redirect, "initiatives.suggested");
        return "redirect:" + InitiativeRoutes.initiative(id);
    }

    @GetMapping(InitiativeRoutes.INITIATIVES + "/{id}/redigera")
    String editForm(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Initiative initiative = owned(id, person);
        if (!initiative.state().open()) {
            Flash.problem(redirect, "initiatives.closed");
            return "redirect:" + InitiativeRoutes.initiative(id);
        }
        return form(model, InitiativeForm.of(initiative.content()), null, initiative, person, locale);
    }

    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/redigera")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative initiative = owned(id, person);
        if (!initiative.state().open()) {
            Flash.problem(redirect, "initiatives.closed");
            return "redirect:" + InitiativeRoutes.initiative(id);
        }
        InitiativeContent content = checked(form, initiative, person, errors);
        if (content == null) {
            response.setStatus(400);
            return form(model, form, errors, initiative, person, locale);
        }
        InitiativeState after;
        try {
            after = inventory.edit(id, content, person.personId());
        } catch (Refused refused) {
            Flash.problem(redirect, refused.explained().messageKey());
            return "redirect:" + InitiativeRoutes.initiative(id);
        }
        Flash.message(
                redirect,
                switch (initiative.state()) {
                    case PUBLISHED -> "initiatives.saved.published";
                    case CHANGES_REQUESTED ->
                        after == InitiativeState.SUGGESTED ? "initiatives.saved.resubmitted" : "initiatives.saved";
                    default -> "initiatives.saved";
                });
        return "redirect:" + InitiativeRoutes.initiative(id);
    }

    @GetMapping(InitiativeRoutes.MINE)
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute("mine", views.cards(initiatives.ownedBy(person.personId()), locale));
        return "initiatives/mine";
    }

    /** The form's content when every field is valid, else null with the problems in {@code errors}. */
    private InitiativeContent checked(
            InitiativeForm form, Initiative existing, SignedInPerson person, BindingResult errors) {
        ContentRules.Checked checked =
                rules.check(form.raw(linkable(existing, person)), existing == null ? null : existing.content(), null);
        InitiativeForm.reject(checked.problems(), errors);
        Long contact =
                form.contactPersonAmong(existing == null ? List.of(person.personId()) : existing.ownerIds(), errors);
        return errors.hasErrors() ? null : checked.content().withContactPerson(contact);
    }

    /**
     * The organisations on the platform that may be ticked, as written in files: the person's own, and
     * those the entry already links to (which stay when someone else edits it).
     */
    private Map<String, String> linkable(Initiative existing, SignedInPerson person) {
        Map<String, String> linkable = new LinkedHashMap<>();
        if (existing != null) {
            existing.content().organisations().stream()
                    .filter(organisation -> organisation.onPlatform())
                    .forEach(organisation ->
                            linkable.put(String.valueOf(organisation.organisationId()), organisation.written()));
        }
        for (OrganisationSummary own : organisations.of(person.personId())) {
            linkable.putIfAbsent(String.valueOf(own.id()), own.name() + " (" + own.organisationNumber() + ")");
        }
        return linkable;
    }

    private String form(
            Model model,
            InitiativeForm form,
            BindingResult errors,
            Initiative existing,
            SignedInPerson person,
            Locale locale) {
        List<Option> linkable = new ArrayList<>();
        linkable(existing, person)
                .forEach((id, written) ->
                        linkable.add(new Option(id, written.replaceAll("\\s*\\(\\d{6}-\\d{4}\\)$", ""))));
        List<Long> contacts = existing == null ? List.of(person.personId()) : existing.ownerIds();
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("linkable", linkable);
        model.addAttribute(
                "contacts",
                contacts.stream()
                        .map(id -> new Option(
                                String.valueOf(id),
                                people.find(id)
                                        .map(found -> found.displayName())
                                        .orElse("#" + id)))
                        .toList());
        model.addAttribute(
                "challenges",
                choices.challenges(
                        locale,
                        existing == null ? List.of() : existing.content().challenges()));
        model.addAttribute(
                "sectors",
                choices.of(
                        TermKind.SECTOR,
                        locale,
                        existing == null ? List.of() : existing.content().sectors()));
        model.addAttribute(
                "municipalities",
                choices.municipalitiesByCounty(
                        locale,
                        existing == null
                                ? List.of()
                                : List.of(existing.content().municipality())));
        model.addAttribute("thisYear", inventory.today().getYear());
        model.addAttribute("map", map);
        return "initiatives/form";
    }

    private Initiative find(long id) {
        return initiatives.byId(id).orElseThrow(Refused::notFound);
    }

    /** The entry, when {@code person} is one of its owners; anyone else is refused with 403. */
    private Initiative owned(long id, SignedInPerson person) {
        Initiative initiative = find(id);
        if (person == null || !initiative.ownedBy(person.personId())) {
            throw Refused.notYours("Not an owner of the initiative");
        }
        return initiative;
    }
}
