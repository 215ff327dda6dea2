package org.kompanjoner.knowledge.articles;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kompanjoner.knowledge.ArticleRoutes;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.shared.Translated;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The news as an Atom feed (RFC 4287), written with the JDK's XML writer so that every text is escaped:
 * one entry per article in the reader's language where there is a translation, each entry's
 * {@code xml:lang} saying which.
 */
@Component
class ArticleFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Settings settings;
    private final MessageSource messages;

    ArticleFeed(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    String write(List<Article> articles, Locale locale) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", settings.link(ArticleRoutes.ATOM_FEED));
        element(xml, "title", messages.getMessage("articles.news.title", null, locale));
        element(
                xml,
                "updated",
                articles.stream()
                        .map(article -> article.updatedAt().isAfter(article.publishAt())
                                ? article.updatedAt()
                                : article.publishAt())
                        .max(Instant::compareTo)
                        .orElse(Instant.EPOCH)
                        .toString());
        link(xml, "alternate", settings.link(ArticleRoutes.NEWS));
        link(xml, "self", settings.link(ArticleRoutes.ATOM_FEED));
        xml.writeStartElement("author");
        element(xml, "name", messages.getMessage("web.site.name", null, locale));
        xml.writeEndElement();
        for (Article article : articles) {
            Translated.Shown<ArticleText> shown = article.text().in(locale);
            xml.writeStartElement("entry");
            xml.writeAttribute("xml:lang", shown.language());
            element(xml, "id", settings.link(article.path()));
            element(xml, "title", shown.content().title());
            element(xml, "published", article.publishAt().toString());
            element(
                    xml,
                    "updated",
                    (article.updatedAt().isAfter(article.publishAt()) ? article.updatedAt() : article.publishAt())
                            .toString());
            link(xml, "alternate", settings.link(article.path()));
            xml.writeStartElement("author");
            element(xml, "name", article.authorName());
            xml.writeEndElement();
            element(xml, "summary", shown.content().summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
