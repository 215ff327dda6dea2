package org.kompanjoner.knowledge.articles;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.knowledge.KnowledgeSection;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Layout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What everyone reads: the news with its search and feed, an article, a page at its fixed address, the
 * knowledge landing page, and the covers. Drafts and articles whose time has not come are found by
 * nobody but coordinators, who see them marked as such.
 */
@Controller
class NewsController {

    static final int PAGE_SIZE = 10;
    static final int FEED_SIZE = 30;
    static final int MAX_QUERY = 200;

    private final JdbcArticles articles;
    private final ArticleViews views;
    private final ArticleFeed feed;
    private final SearchIndex index;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final ObjectProvider<KnowledgeSection> sections;
    private final Settings settings;
    private final Clock clock;

    NewsController(
            JdbcArticles articles,
            ArticleViews views,
            ArticleFeed feed,
            SearchIndex index,
            Taxonomy taxonomy,
            Choices choices,
            ObjectProvider<KnowledgeSection> sections,
            Settings settings,
            Clock clock) {
        this.articles = articles;
        this.views = views;
        this.feed = feed;
        this.index = index;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.sections = sections;
        this.settings = settings;
        this.clock = clock;
    }

    /** The news, newest first; with words or a challenge, what the search finds. */
    @GetMapping({ArticleRoutes.NEWS, ArticleRoutes.NEWS_ENGLISH})
    String news(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String challenge,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            Model model) {
        String words = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        String chosen = taxonomy.find(TermKind.CHALLENGE, challenge).isPresent() ? challenge : "";
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Instant now = clock.instant();
        List<Article> found;
        long total;
        if (words.isEmpty() && chosen.isEmpty()) {
            total = articles.countPublicNews(now);
            found = articles.publicNews(now, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        } else {
            SearchResults results = index.search(new SearchQuery(
                    ArticleIndexer.COLLECTION,
                    words,
                    chosen.isEmpty() ? Map.of("kind", "NEWS") : Map.of("kind", "NEWS", "challenge", chosen),
                    List.of(),
                    words.isEmpty() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE,
                    (number - 1) * PAGE_SIZE,
                    PAGE_SIZE,
                    LocalDate.now(clock)));
            total = results.total();
            // The index follows the database a moment behind: whatever is not public now is left out.
            found = articles.publicAmong(results.ids(), now);
        }
        model.addAttribute("articles", views.cards(found, locale));
        model.addAttribute("q", words);
        model.addAttribute("challenge", chosen);
        model.addAttribute("challenges", choices.forFilter(TermKind.CHALLENGE, locale));
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "knowledge/articles/news";
    }

    @GetMapping(ArticleRoutes.NEWS + "/{id}")
    String article(@PathVariable long id, @ModelAttribute("layout") Layout layout, Locale locale, Model model) {
        Article article = articles.find(id)
                .filter(found -> found.kind() == ArticleKind.NEWS)
                .filter(found -> layout.coordinator() || found.publicAt(clock.instant()))
                .orElseThrow(Refused::notFound);
        return show(article, layout, locale, model);
    }

    @GetMapping(ArticleRoutes.PAGES + "/{slug}")
    String page(@PathVariable String slug, @ModelAttribute("layout") Layout layout, Locale locale, Model model) {
        Article article = articles.findBySlug(slug).orElse(null);
        if (article == null) {
            // An address the page had before it was renamed leads to its present one.
            Article renamed = articles.formerOwnerOf(slug)
                    .flatMap(articles::find)
                    .filter(found -> found.kind() == ArticleKind.PAGE)
                    .orElseThrow(Refused::notFound);
            return "redirect:" + renamed.path();
        }
        if (!layout.coordinator() && !article.publicAt(clock.instant())) {
            throw Refused.notFound();
        }
        return show(article, layout, locale, model);
    }

    private String show(Article article, Layout layout, Locale locale, Model model) {
        ArticleView view = views.of(article, locale);
        model.addAttribute("article", view);
        model.addAttribute("staff", layout.coordinator());
        model.addAttribute("jsonLd", article.kind() == ArticleKind.NEWS ? ArticleJsonLd.of(view, settings) : null);
        return "knowledge/articles/article";
    }

    /** The knowledge landing page: the sections the module's parts contribute, in their order. */
    @GetMapping({ArticleRoutes.KNOWLEDGE, ArticleRoutes.KNOWLEDGE_ENGLISH})
    String knowledge(@ModelAttribute("layout") Layout layout, Model model) {
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .sorted(java.util.Comparator.comparingInt(KnowledgeSection::order))
                        .flatMap(section -> section.render(layout).stream())
                        .toList());
        return "knowledge/articles/knowledge";
    }

    @GetMapping(ArticleRoutes.ATOM_FEED)
    ResponseEntity<String> atom(Locale locale) throws XMLStreamException {
        List<Article> latest = articles.publicNews(clock.instant(), 0, FEED_SIZE);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(feed.write(latest, locale));
    }

    /**
     * A cover, in one of its two sizes. Its address names the cover's version, so it is kept for a year;
     * a cover of an article that is not public is shown to coordinators only and never kept.
     */
    @GetMapping(ArticleRoutes.IMAGES + "/{id}/{size:large|small}-{version:\\d{1,18}}")
    ResponseEntity<byte[]> cover(
            @PathVariable long id, @PathVariable String size, @ModelAttribute("layout") Layout layout) {
        Instant now = clock.instant();
        boolean staff = layout.coordinator();
        JdbcArticles.CoverImage image =
                articles.publicCover(id, "large".equals(size), now, staff).orElseThrow(Refused::notFound);
        boolean open =
                !staff || articles.find(id).filter(found -> found.publicAt(now)).isPresent();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(
                        open
                                ? CacheControl.maxAge(Duration.ofDays(365))
                                        .cachePublic()
                                        .immutable()
                                : CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }
}
