package org.kompanjoner.knowledge.publications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's library: the source's two reports (the knowledge report and the final report of
 * the project), as small PDFs made at start-up, and two links to articles elsewhere. Loaded into an
 * empty library when the demo county is on.
 */
@Component
class DemoPublications extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final List<Author> PARTNERS = List.of(
            new Author("Coompanion Jönköpings län", ""),
            new Author("Jönköping International Business School", ""),
            new Author("Jönköping Academy", ""));

    private final Settings settings;
    private final Publications publications;
    private final Library library;

    DemoPublications(Settings settings, Publications publications, Library library, TransactionTemplate transactions) {
        // After the demo people (10) and the programmes' facilitators and boards (50, 55).
        super(60, transactions);
        this.settings = settings;
        this.publications = publications;
        this.library = library;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || publications.count() > 0) {
            return;
        }
        report(
                "Kunskapsrapport: social innovation i Jönköpings län",
                2018,
                List.of("3", "8", "11"),
                "Vad social innovation är, vilka initiativ som finns i länet och vad de behöver för att växa."
                        + " Rapporten bygger på intervjuer med företag, kommuner, föreningar och akademi, och är"
                        + " underlaget för projektets inventering av initiativ.",
                "Social innovation handlar om nya lösningar på samhällsutmaningar.",
                "Inventeringen visar initiativ i alla länets kommuner.");
        report(
                "Slutrapport: Social Innovation för Regional Utveckling 2016–2020",
                2020,
                List.of("8", "10", "17"),
                "Vad projektet gjorde och vad det lämnar efter sig: facilitatorsutbildningen, dialogmötena,"
                        + " sociala affärsråd och plattformen Kompanjoner, där företag och organisationer hittar"
                        + " samarbeten och partner kring samhällsutmaningar.",
                "Projektet byggde en infrastruktur för social innovation i länet.",
                "Arton personer gick facilitatorsutbildningen.");
        library.add(
                new Publications.Content(
                        PublicationKind.LINK,
                        "Social innovation",
                        List.of(new Author("Wikipedia", "")),
                        2024,
                        "sv",
                        "",
                        List.of("17"),
                        "Uppslagsverkets artikel om social innovation: begreppet, dess historia och exempel.",
                        "https://sv.wikipedia.org/wiki/Social_innovation"),
                null);
        library.add(
                new Publications.Content(
                        PublicationKind.ARTICLE,
                        "Social entrepreneurship",
                        List.of(new Author("Wikipedia", "")),
                        2024,
                        "en",
                        "",
                        List.of("1", "8"),
                        "The encyclopedia's article on social entrepreneurship: definitions, history and"
                                + " examples of social enterprises.",
                        "https://en.wikipedia.org/wiki/Social_entrepreneurship"),
                null);
        log.info("Demo county: 4 publications");
    }

    private void report(String title, int year, List<String> challenges, String summary, String... lines)
            throws IOException {
        library.add(
                new Publications.Content(
                        PublicationKind.REPORT,
                        title,
                        PARTNERS,
                        year,
                        "sv",
                        "Region Jönköpings län",
                        challenges,
                        summary,
                        null),
                new Library.Upload("rapport.pdf", pdf(title, year, lines)));
    }

    /** A one-page PDF with a title, a language and the lines, so that a reader can open it and tell what it is. */
    static byte[] pdf(String title, int year, String... lines) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = DemoPublications.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor("SIRU");
            document.getDocumentCatalog().setLanguage("sv");
            PDViewerPreferences preferences =
                    new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 90;
                y = line(content, font, 18, y, title);
                y = line(content, font, 12, y - 10, "SIRU " + year);
                for (String line : lines) {
                    y = line(content, font, 12, y - 6, line);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static float line(PDPageContentStream content, PDFont font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(60, y);
        content.showText(text);
        content.endText();
        return y - size * 1.6f;
    }
}
