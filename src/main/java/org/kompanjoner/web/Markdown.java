package org.kompanjoner.web;

import gg.jte.Content;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * People's Markdown as safe HTML: rendered by commonmark, then sanitised by an allow-list, always in that
 * order (raw HTML in the Markdown is escaped by the renderer, and anything that slips through is removed
 * by the sanitiser). Links get {@code rel="nofollow ugc noopener"}; no images, scripts, styles or
 * attributes beyond a link's address.
 */
@Component
public class Markdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    // Headings in user text start at level 3: the page owns h1 and h2.
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).build();

    /** Safe HTML for {@code markdown}. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        html = html.replaceAll("<(/?)h[12]>", "<$1h3>");
        return POLICY.sanitize(html);
    }

    /** The same, as template content that jte writes without escaping it again. */
    public Content content(String markdown) {
        String html = toHtml(markdown);
        return output -> output.writeContent(html);
    }
}
