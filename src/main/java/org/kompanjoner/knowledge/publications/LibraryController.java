package org.kompanjoner.knowledge.publications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.knowledge.PublicationRoutes;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.FileKinds;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.Option;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public library: a search with facets (a plain GET form, so it works without JavaScript), a page
 * for each publication with its reference to copy, and its file as a download.
 */
@Controller
class LibraryController {

    private final Publications publications;
    private final Library library;
    private final PublicationViews views;
    private final SearchIndex index;
    private final Taxonomy taxonomy;
    private final Clock clock;

    LibraryController(
            Publications publications,
            Library library,
            PublicationViews views,
            SearchIndex index,
            Taxonomy taxonomy,
            Clock clock) {
        this.publications = publications;
        this.library = library;
        this.views = views;
        this.index = index;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @GetMapping({PublicationRoutes.LIBRARY, PublicationRoutes.LIBRARY_ENGLISH})
    String library(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "1") String page,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model) {
        String text = q.strip();
        // Unknown values are dropped rather than refused, so that an old or mistyped link still shows a list.
        LibraryFilters filters = new LibraryFilters(
                text.length() > LibraryFilters.MAX_QUERY ? text.substring(0, LibraryFilters.MAX_QUERY) : text,
                Arrays.stream(PublicationKind.values())
                                .anyMatch(value -> value.name().equals(kind))
                        ? kind
                        : "",
                year.matches("\\d{4}") ? year : "",
                PublicationForm.LANGUAGES.contains(language) ? language : "",
                taxonomy.find(TermKind.CHALLENGE, challenge).isPresent() ? challenge : "",
                page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1);
        SearchResults found = index.search(new SearchQuery(
                PublicationIndexer.COLLECTION,
                filters.q(),
                filters.facets(),
                LibraryFilters.FACETS,
                filters.q().isEmpty() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE,
                (filters.page() - 1) * LibraryFilters.PER_PAGE,
                LibraryFilters.PER_PAGE,
                LocalDate.now(clock)));
        List<Publication> results = publications.byIds(found.ids());
        model.addAttribute("filters", filters);
        model.addAttribute("total", found.total());
        model.addAttribute(
                "pages", (int) Math.max(1, (found.total() + LibraryFilters.PER_PAGE - 1) / LibraryFilters.PER_PAGE));
        model.addAttribute("results", results);
        model.addAttribute("citations", results.stream().map(views::citation).toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(PublicationKind.values())
                        .map(value -> counted(
                                found,
                                LibraryFilters.KIND,
                                value.name(),
                                layout.t("publications.kind." + value.name()),
                                layout))
                        .toList());
        model.addAttribute(
                "years",
                found.facetCounts().getOrDefault(LibraryFilters.YEAR, Map.of()).keySet().stream()
                        .sorted(Comparator.reverseOrder())
                        .map(value -> counted(found, LibraryFilters.YEAR, value, value, layout))
                        .toList());
        model.addAttribute(
                "languages",
                PublicationForm.LANGUAGES.stream()
                        .filter(code ->
                                found.count(LibraryFilters.LANGUAGE, code) > 0 || code.equals(filters.language()))
                        .map(code -> counted(found, LibraryFilters.LANGUAGE, code, layout.languageName(code), layout))
                        .toList());
        model.addAttribute(
                "challenges",
                views.challengeNames(locale).entrySet().stream()
                        .filter(entry -> found.count(LibraryFilters.CHALLENGE, entry.getKey()) > 0
                                || entry.getKey().equals(filters.challenge()))
                        .sorted(Comparator.comparing(entry -> entry.getKey().matches("\\d+")
                                ? String.format("%03d", Integer.parseInt(entry.getKey()))
                                : entry.getKey()))
                        .map(entry ->
                                counted(found, LibraryFilters.CHALLENGE, entry.getKey(), entry.getValue(), layout))
                        .toList());
        return "knowledge/publications/library";
    }

    private static Option counted(SearchResults found, String facet, String value, String label, Layout layout) {
        return new Option(value, layout.t("publications.facet.count", label, found.count(facet, value)));
    }

    @GetMapping(PublicationRoutes.LIBRARY + "/{id}")
    String publication(@PathVariable long id, Locale locale, Model model) {
        Publication publication = library.find(id);
        model.addAttribute("publication", publication);
        model.addAttribute("citation", views.citation(publication));
        model.addAttribute("challenges", views.challenges(publication, locale));
        return "knowledge/publications/publication";
    }

    /** The report as a download of the type its content was checked to be, never shown in the site's pages. */
    @GetMapping(PublicationRoutes.LIBRARY + "/{id}/fil")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        Publication publication = library.find(id);
        byte[] content = library.content(publication).orElseThrow(Refused::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FileKinds.Kind.PDF.mediaType()))
                .cacheControl(CacheControl.noCache())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(publication.file().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
