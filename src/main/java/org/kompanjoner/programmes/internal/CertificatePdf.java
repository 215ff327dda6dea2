package org.kompanjoner.programmes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.shared.Settings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page PDF: who completed which programme, when its sessions ran, and the code
 * with the address where anyone can check it. The font travels with the library (Liberation Sans), so no
 * font needs to be installed; a letter it lacks is written as a question mark rather than failing.
 */
@Component
public class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final MessageSource messages;
    private final Settings settings;

    CertificatePdf(MessageSource messages, Settings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** {@code first} and {@code last}: the programme's first and last session, or null before it has any. */
    public byte[] write(
            Certificate certificate,
            Programme programme,
            java.time.Instant first,
            java.time.Instant last,
            Locale locale) {
        ZoneId zone = settings.zone();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        try (PDDocument document = new PDDocument();
                InputStream fontFile = CertificatePdf.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontFile);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text(
                    "programmes.certificate.pdf.title", locale, programme.plan().title()));
            info.setAuthor(text("programmes.certificate.pdf.issuer", locale));
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                content.stroke();
                float y = page.getMediaBox().getHeight() - 110;
                y = centred(content, font, 30, width, y, text("programmes.certificate.pdf.heading", locale));
                y = centred(content, font, 14, width, y - 20, text("programmes.certificate.pdf.certifies", locale));
                y = centred(content, font, 26, width, y - 20, certificate.holderName());
                y = centred(content, font, 14, width, y - 16, text("programmes.certificate.pdf.completed", locale));
                y = centred(content, font, 20, width, y - 14, programme.plan().title());
                String dates = first == null
                        ? date.format(certificate.completedAt())
                        : date.format(first) + " – " + date.format(last);
                y = centred(
                        content,
                        font,
                        13,
                        width,
                        y - 16,
                        text(
                                "programmes.certificate.pdf.sessions",
                                locale,
                                certificate.sessionsAttended(),
                                programme.plan().sessionsRequired(),
                                dates));
                y = centred(
                        content,
                        font,
                        13,
                        width,
                        y - 6,
                        text("programmes.certificate.pdf.issued", locale, date.format(certificate.completedAt())));
                y = centred(
                        content,
                        font,
                        12,
                        width,
                        y - 34,
                        text("programmes.certificate.pdf.code", locale, certificate.code()));
                centred(
                        content,
                        font,
                        12,
                        width,
                        y - 4,
                        text(
                                "programmes.certificate.pdf.verify",
                                locale,
                                settings.link(ProgrammeRoutes.verify(certificate.code()))));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Writes one centred line and returns the baseline of the next. */
    private static float centred(
            PDPageContentStream content, PDFont font, float size, float width, float y, String line)
            throws IOException {
        String shown = printable(font, line);
        float lineWidth = font.getStringWidth(shown) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Math.max(40, (width - lineWidth) / 2), y);
        content.showText(shown);
        content.endText();
        return y - size * 1.3f;
    }

    /** The line with every letter the font lacks as a question mark. */
    private static String printable(PDFont font, String line) {
        StringBuilder shown = new StringBuilder();
        line.codePoints().forEach(codePoint -> {
            String letter = new String(Character.toChars(codePoint));
            try {
                font.encode(letter);
                shown.append(letter);
            } catch (IOException | IllegalArgumentException missing) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
