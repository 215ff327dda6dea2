package org.kompanjoner.knowledge.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.web.JsonLd;

/** A news article as schema.org's {@code Article}, for search engines. */
final class ArticleJsonLd {

    private ArticleJsonLd() {}

    static String of(ArticleView article, Settings settings) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Article");
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("inLanguage", article.language());
        data.put("datePublished", article.publishAt().toString());
        data.put("url", settings.link(article.path()));
        data.put("author", Map.of("@type", "Person", "name", article.authorName()));
        if (article.cover() != null) {
            data.put("image", settings.link(article.cover().large()));
        }
        return JsonLd.forScript(data);
    }
}
