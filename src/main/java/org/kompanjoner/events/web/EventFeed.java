package org.kompanjoner.events.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.shared.Settings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calendar as an Atom feed (RFC 4287), written with the JDK's XML writer so that every text is
 * escaped: one entry per event, its page as the link, its time and place in the summary.
 */
@Component
class EventFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Settings settings;
    private final MessageSource messages;

    EventFeed(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    String write(List<Event> events, Locale locale) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", settings.link(EventRoutes.ATOM_FEED));
        element(xml, "title", messages.getMessage("events.calendar.title", null, locale));
        element(
                xml,
                "updated",
                events.stream()
                        .map(event -> event.plan().registrationOpensAt())
                        .max(Instant::compareTo)
                        .orElse(Instant.EPOCH)
                        .toString());
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("href", settings.link(EventRoutes.CALENDAR));
        xml.writeStartElement("author");
        element(xml, "name", "Kompanjoner");
        xml.writeEndElement();
        for (Event event : events) {
            xml.writeStartElement("entry");
            element(xml, "id", settings.link(EventRoutes.event(event.id())));
            xml.writeStartElement("title");
            xml.writeAttribute("xml:lang", event.plan().language());
            xml.writeCharacters(event.plan().title());
            xml.writeEndElement();
            element(xml, "updated", event.plan().registrationOpensAt().toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("href", settings.link(EventRoutes.event(event.id())));
            element(
                    xml,
                    "summary",
                    event.when(settings.zone()) + " · " + event.plan().summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
