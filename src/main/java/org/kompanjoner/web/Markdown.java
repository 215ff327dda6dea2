package org.kompanjoner.web;

import gg.jte.Content;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
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

    /**
     * A web address in plain text: a scheme that browsers or mail programs act on, in any case and with or
     * without slashes ({@code https:host} and {@code HTTP:\\host} lead where {@code https://host} does),
     * any other scheme followed by {@code //}, a protocol-relative {@code //host} or {@code \\host}, or
     * {@code www.}. A bare domain ({@code example.com/path}) is left out: nothing here makes it a link.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?i)"
            + "(?<![a-z0-9+.-])(?:https?|s?ftps?|mailto|javascript|vbscript|data|file|ws|wss|blob|intent|magnet"
            + "|xmpp|callto|skype|whatsapp|tg|viber):(?=\\S)"
            + "|(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:[/\\\\]{2}"
            + "|[/\\\\]{2}[^\\s/\\\\]"
            + "|(?<![\\p{L}\\p{N}])www\\.");

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

    /**
     * How many links {@code markdown} holds as its readers meet them: every link and image the renderer
     * makes (also one the sanitiser then drops, such as {@code javascript:}), its own text counted with
     * it once, plus every address written in the text, in code or in HTML that is shown as text.
     */
    public int links(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        LinkCounter counter = new LinkCounter();
        parser.parse(markdown).accept(counter);
        return counter.count;
    }

    /** How many words of plain text are web addresses, in any spelling that leads somewhere. */
    public static int linksInText(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        // One per word, so https://www.example.se is one address however many of its parts look like one.
        for (String word : text.strip().split("\\s+")) {
            if (ADDRESS.matcher(word).find()) {
                count++;
            }
        }
        return count;
    }

    private static final class LinkCounter extends AbstractVisitor {

        int count;

        @Override
        public void visit(Link link) {
            count++;
            countNested(link);
        }

        @Override
        public void visit(Image image) {
            count++;
            countNested(image);
        }

        /**
         * A link's own text is not counted again, but a link written inside it is: the renderer writes an
         * autolink within a link's text as a link of its own, beside the outer one.
         */
        private void countNested(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Link || child instanceof Image) {
                    count++;
                }
                countNested(child);
            }
        }

        @Override
        public void visit(Text text) {
            count += linksInText(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            count += linksInText(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            count += linksInText(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            count += linksInText(block.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            count += linksInText(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            count += linksInText(html.getLiteral());
        }
    }

    /** The same, as template content that jte writes without escaping it again. */
    public Content content(String markdown) {
        String html = toHtml(markdown);
        return output -> output.writeContent(html);
    }
}
