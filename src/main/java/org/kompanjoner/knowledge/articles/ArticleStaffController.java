package org.kompanjoner.knowledge.articles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.Markdown;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators write: the list of every article and page, the form for a new one and for changes (with
 * its cover), the translations, and the history of saved versions.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ArticleStaffController {

    private static final String FORM = "knowledge/articles/form";

    private final JdbcArticles articles;
    private final Editing editing;
    private final Covers covers;
    private final ArticleViews views;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final People people;
    private final Markdown markdown;
    private final Settings settings;
    private final Clock clock;

    ArticleStaffController(
            JdbcArticles articles,
            Editing editing,
            Covers covers,
            ArticleViews views,
            Taxonomy taxonomy,
            Choices choices,
            People people,
            Markdown markdown,
            Settings settings,
            Clock clock) {
        this.articles = articles;
        this.editing = editing;
        this.covers = covers;
        this.views = views;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.people = people;
        this.markdown = markdown;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(ArticleRoutes.STAFF)
    String list(Locale locale, Model model) {
        model.addAttribute("articles", views.cards(articles.all(), locale));
        return "knowledge/articles/staff";
    }

    @GetMapping(ArticleRoutes.NEW)
    String newArticle(
            @RequestParam(defaultValue = "NEWS") String kind,
            @AuthenticationPrincipal SignedInPerson person,
            Locale locale,
            Model model) {
        ArticleForm form = ArticleForm.empty(
                "PAGE".equals(kind) ? ArticleKind.PAGE : ArticleKind.NEWS,
                locale.getLanguage(),
                person.displayName(),
                clock.instant(),
                settings.zone());
        return form(model, form, null, locale, null);
    }

    @PostMapping(ArticleRoutes.NEW)
    String create(
            @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile cover,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Covers.Cover image = cover(cover, errors);
        ArticleDraft draft = form.check(
                errors,
                settings.zone(),
                code -> taxonomy.find(TermKind.CHALLENGE, code).isPresent(),
                slug -> articles.slugTaken(slug, null),
                image != null || uploaded(cover));
        if (draft == null || errors.hasErrors()) {
            response.setStatus(400);
            return form(model, form, null, locale, layout.errors(errors));
        }
        long id = editing.create(draft, image, person.personId());
        Flash.message(redirect, "articles.saved");
        return "redirect:" + ArticleRoutes.edit(id);
    }

    @GetMapping(ArticleRoutes.STAFF + "/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Article article = find(id);
        return form(model, ArticleForm.of(article, settings.zone()), article, locale, null);
    }

    @PostMapping(ArticleRoutes.STAFF + "/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(required = false) MultipartFile cover,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Article article = find(id);
        Covers.Cover image = cover(cover, errors);
        ArticleDraft draft = form.check(
                errors,
                settings.zone(),
                code -> taxonomy.find(TermKind.CHALLENGE, code).isPresent()
                        || article.challenges().contains(code),
                slug -> articles.slugTaken(slug, id),
                article.hasCover() || image != null || uploaded(cover));
        if (draft == null || errors.hasErrors() || draft.kind() != article.kind()) {
            response.setStatus(400);
            return form(model, form, article, locale, layout.errors(errors));
        }
        editing.update(id, draft, image, person.personId());
        Flash.message(redirect, "articles.saved");
        return "redirect:" + ArticleRoutes.edit(id);
    }

    @PostMapping(ArticleRoutes.STAFF + "/{id}/omslag/ta-bort")
    String removeCover(@PathVariable long id, RedirectAttributes redirect) {
        editing.removeCover(id);
        Flash.message(redirect, "articles.cover.removed");
        return "redirect:" + ArticleRoutes.edit(id);
    }

    @GetMapping(ArticleRoutes.STAFF + "/{id}/oversattning/{language:sv|en|ar}")
    String translation(@PathVariable long id, @PathVariable String language, Model model) {
        Article article = find(id);
        var existing = article.text().translations().get(language);
        TranslationForm form =
                existing == null ? TranslationForm.empty() : TranslationForm.of(existing.content(), existing.machine());
        return translationForm(model, article, language, form, null);
    }

    @PostMapping(ArticleRoutes.STAFF + "/{id}/oversattning/{language:sv|en|ar}")
    String translate(
            @PathVariable long id,
            @PathVariable String language,
            @ModelAttribute("form") TranslationForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Article article = find(id);
        if (article.text().originalLanguage().equals(language)) {
            errors.reject("articles.translation.same-language");
        }
        ArticleText text = form.check(errors);
        if (text == null || errors.hasErrors()) {
            response.setStatus(400);
            return translationForm(model, article, language, form, layout.errors(errors));
        }
        editing.translate(id, language, text, form.byMachine(), person.personId());
        Flash.message(redirect, "articles.translation.saved");
        return "redirect:" + ArticleRoutes.edit(id);
    }

    @PostMapping(ArticleRoutes.STAFF + "/{id}/oversattning/{language:sv|en|ar}/ta-bort")
    String removeTranslation(@PathVariable long id, @PathVariable String language, RedirectAttributes redirect) {
        editing.removeTranslation(id, language);
        Flash.message(redirect, "articles.translation.removed");
        return "redirect:" + ArticleRoutes.edit(id);
    }

    @GetMapping(ArticleRoutes.STAFF + "/{id}/historik")
    String history(@PathVariable long id, Locale locale, Model model) {
        Article article = find(id);
        model.addAttribute("article", views.cards(List.of(article), locale).get(0));
        model.addAttribute(
                "versions",
                articles.versions(id).stream()
                        .map(version -> new VersionRow(
                                version.id(),
                                version.language(),
                                version.text().title(),
                                savedBy(version.savedBy()),
                                version.savedAt()))
                        .toList());
        return "knowledge/articles/history";
    }

    @GetMapping(ArticleRoutes.STAFF + "/{id}/historik/{versionId}")
    String version(@PathVariable long id, @PathVariable long versionId, Locale locale, Model model) {
        Article article = find(id);
        JdbcArticles.Version version = articles.version(id, versionId).orElseThrow(Refused::notFound);
        model.addAttribute("article", views.cards(List.of(article), locale).get(0));
        model.addAttribute(
                "version",
                new VersionRow(
                        version.id(),
                        version.language(),
                        version.text().title(),
                        savedBy(version.savedBy()),
                        version.savedAt()));
        model.addAttribute("summary", version.text().summary());
        model.addAttribute("body", markdown.content(version.text().body()));
        return "knowledge/articles/version";
    }

    private String savedBy(long personId) {
        return people.find(personId).map(PersonSummary::displayName).orElse("");
    }

    private Article find(long id) {
        return articles.find(id).orElseThrow(Refused::notFound);
    }

    private static boolean uploaded(MultipartFile file) {
        return file != null && !file.isEmpty();
    }

    /** The uploaded cover, checked and re-encoded; null when none came or it was refused (a field message). */
    private Covers.Cover cover(MultipartFile file, BindingResult errors) throws IOException {
        if (!uploaded(file)) {
            return null;
        }
        if (file.getSize() > Covers.MAX_BYTES) {
            // Refused before the file is read into memory.
            refuseCover(errors, "articles.cover.too-large", Covers.MAX_BYTES / (1024 * 1024));
            return null;
        }
        try {
            return covers.read(file.getBytes());
        } catch (Refused refused) {
            refuseCover(errors, refused.messageKey(), refused.arguments());
            return null;
        }
    }

    /** A problem with the file: the form has no field for it, so the message is added beside its input. */
    private static void refuseCover(BindingResult errors, String messageKey, Object... arguments) {
        errors.addError(new org.springframework.validation.FieldError(
                errors.getObjectName(), "cover", null, false, new String[] {messageKey}, arguments, null));
    }

    private String form(
            Model model, ArticleForm form, Article article, Locale locale, org.kompanjoner.web.FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute(
                "article",
                article == null ? null : views.cards(List.of(article), locale).get(0));
        model.addAttribute("translations", article == null ? List.of() : translations(article));
        model.addAttribute("challenges", choices.challenges(locale, form.challenges()));
        model.addAttribute("errors", errors == null ? org.kompanjoner.web.FormErrors.none() : errors);
        return FORM;
    }

    /** The other languages, each with whether a translation into it exists and whether a machine made it. */
    private static List<TranslationRow> translations(Article article) {
        return ArticleForm.LANGUAGES.stream()
                .filter(language -> !language.equals(article.text().originalLanguage()))
                .map(language -> {
                    var translation = article.text().translations().get(language);
                    return new TranslationRow(
                            language, translation != null, translation != null && translation.machine());
                })
                .toList();
    }

    private String translationForm(
            Model model,
            Article article,
            String language,
            TranslationForm form,
            org.kompanjoner.web.FormErrors errors) {
        model.addAttribute("articleId", article.id());
        model.addAttribute("original", article.text().original());
        model.addAttribute("originalLanguage", article.text().originalLanguage());
        model.addAttribute("language", language);
        model.addAttribute("exists", article.text().translations().containsKey(language));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? org.kompanjoner.web.FormErrors.none() : errors);
        return "knowledge/articles/translation";
    }
}
