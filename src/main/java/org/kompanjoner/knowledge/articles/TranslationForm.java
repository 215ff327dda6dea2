package org.kompanjoner.knowledge.articles;

import org.springframework.validation.Errors;

/** An article's fields in one more language; {@code machine} when a machine made the translation. */
public record TranslationForm(String title, String summary, String body, String machine) {

    static TranslationForm empty() {
        return new TranslationForm("", "", "", "");
    }

    static TranslationForm of(ArticleText text, boolean machine) {
        return new TranslationForm(text.title(), text.summary(), text.body(), machine ? "true" : "");
    }

    ArticleText check(Errors errors) {
        ArticleText text = text(title, summary, body, errors);
        return errors.hasErrors() ? null : text;
    }

    public boolean byMachine() {
        return "true".equals(machine);
    }

    /** The three written fields checked the same way in the article form and the translation form. */
    static ArticleText text(String title, String summary, String body, Errors errors) {
        String name = ArticleForm.strip(title);
        String shortText = ArticleForm.strip(summary);
        String text = ArticleForm.strip(body);
        required(errors, "title", name, ArticleText.MAX_TITLE);
        required(errors, "summary", shortText, ArticleText.MAX_SUMMARY);
        required(errors, "body", text, ArticleText.MAX_BODY);
        return new ArticleText(name, shortText, text);
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "articles." + field + ".required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "articles." + field + ".too-long", new Object[] {max}, null);
        }
    }
}
