package org.kompanjoner.knowledge.articles;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.kompanjoner.shared.Slugs;
import org.springframework.validation.Errors;

/**
 * The article form as sent: every field a string. The time of publication is a date and a time of day
 * in the county's zone; {@code state} is {@code draft} or {@code published}; a page's {@code slug} is
 * made from its title when left empty.
 */
public record ArticleForm(
        String kind,
        String language,
        String title,
        String summary,
        String body,
        List<String> challenges,
        String authorName,
        String publishDate,
        String publishTime,
        String state,
        String slug,
        String inNavigation,
        String coverAlt) {

    /** The languages an article may be written in and translated into. */
    static final List<String> LANGUAGES = List.of("sv", "en", "ar");

    static final int MAX_CHALLENGES = 5;
    static final int MAX_AUTHOR = 200;
    static final int MAX_ALT = 300;
    static final int MAX_SLUG = 80;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public ArticleForm {
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
    }

    static ArticleForm empty(ArticleKind kind, String language, String author, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return new ArticleForm(
                kind.name(),
                language,
                "",
                "",
                "",
                List.of(),
                author,
                local.toLocalDate().toString(),
                local.toLocalTime().format(TIME),
                "draft",
                "",
                "",
                "");
    }

    static ArticleForm of(Article article, ZoneId zone) {
        ZonedDateTime local = article.publishAt().atZone(zone);
        ArticleText text = article.text().original();
        return new ArticleForm(
                article.kind().name(),
                article.text().originalLanguage(),
                text.title(),
                text.summary(),
                text.body(),
                article.challenges(),
                article.authorName(),
                local.toLocalDate().toString(),
                local.toLocalTime().format(TIME),
                article.draft() ? "draft" : "published",
                article.slug() == null ? "" : article.slug(),
                article.inNavigation() ? "true" : "",
                article.coverAlt() == null ? "" : article.coverAlt());
    }

    /**
     * The form as an article to save, or null with the problems in {@code errors}.
     *
     * @param knownChallenge whether a code names a societal challenge
     * @param slugTaken whether another article already has a slug
     * @param withCover whether the article will have a cover (one kept or one uploaded now)
     */
    ArticleDraft check(
            Errors errors,
            ZoneId zone,
            Predicate<String> knownChallenge,
            Predicate<String> slugTaken,
            boolean withCover) {
        ArticleKind articleKind = "PAGE".equals(kind) ? ArticleKind.PAGE : ArticleKind.NEWS;
        ArticleText text = TranslationForm.text(title, summary, body, errors);
        // An immutable list refuses to be asked about null: a form sent without the field.
        if (language == null || !LANGUAGES.contains(language)) {
            errors.rejectValue("language", "articles.language.invalid");
        }
        if (challenges.size() > MAX_CHALLENGES) {
            errors.rejectValue("challenges", "articles.challenges.too-many", new Object[] {MAX_CHALLENGES}, null);
        } else if (!challenges.stream().allMatch(code -> code != null && knownChallenge.test(code))) {
            errors.rejectValue("challenges", "articles.challenges.invalid");
        }
        String author = strip(authorName);
        if (author.isEmpty()) {
            errors.rejectValue("authorName", "articles.author.required");
        } else if (author.length() > MAX_AUTHOR) {
            errors.rejectValue("authorName", "articles.author.too-long", new Object[] {MAX_AUTHOR}, null);
        }
        Instant publishAt = publishAt(errors, zone);
        if (state == null || !Set.of("draft", "published").contains(state)) {
            errors.rejectValue("state", "articles.state.invalid");
        }
        String pageSlug = null;
        if (articleKind == ArticleKind.PAGE) {
            String wanted = strip(slug);
            pageSlug = wanted.isEmpty() ? Slugs.of(strip(title)) : wanted;
            if (!pageSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || pageSlug.length() > MAX_SLUG) {
                errors.rejectValue("slug", "articles.slug.invalid", new Object[] {MAX_SLUG}, null);
            } else if (slugTaken.test(pageSlug)) {
                errors.rejectValue("slug", "articles.slug.taken");
            }
        }
        String alt = strip(coverAlt);
        if (withCover && alt.isEmpty()) {
            errors.rejectValue("coverAlt", "articles.cover.alt.required");
        } else if (alt.length() > MAX_ALT) {
            errors.rejectValue("coverAlt", "articles.cover.alt.too-long", new Object[] {MAX_ALT}, null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ArticleDraft(
                articleKind,
                pageSlug,
                language,
                text,
                challenges.stream().distinct().toList(),
                author,
                "draft".equals(state),
                publishAt,
                articleKind == ArticleKind.PAGE && "true".equals(inNavigation),
                withCover ? alt : null);
    }

    private Instant publishAt(Errors errors, ZoneId zone) {
        try {
            LocalDate date = LocalDate.parse(strip(publishDate));
            LocalTime time = LocalTime.parse(strip(publishTime));
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                throw new DateTimeException("out of range");
            }
            // A time skipped when the clocks go forward is moved on by the gap, as the zone's rules say.
            return ZonedDateTime.of(date, time, zone).toInstant();
        } catch (DateTimeException | NullPointerException unreadable) {
            errors.rejectValue("publishDate", "articles.publish.invalid");
            return null;
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
