package org.kompanjoner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileKindsTests {

    static final byte[] PDF = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 64);
    static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
    static final byte[] JPEG = Arrays.copyOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, 64);
    static final byte[] PROGRAM = Arrays.copyOf("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), 64);

    /** An OpenDocument file as office programs write it: its media type stored first, uncompressed. */
    static byte[] openDocument(String mediaType) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileIsTakenWhenItsNameAndItsContentAgree() throws IOException {
        assertThat(FileKinds.of("Rapport.PDF", PDF)).contains(FileKinds.Kind.PDF);
        assertThat(FileKinds.of("bild.png", PNG)).contains(FileKinds.Kind.PNG);
        assertThat(FileKinds.of("foto.jpeg", JPEG)).contains(FileKinds.Kind.JPEG);
        assertThat(FileKinds.of("foto.jpg", JPEG)).contains(FileKinds.Kind.JPEG);
        assertThat(FileKinds.of("bilder.pptx", zip())).contains(FileKinds.Kind.POWERPOINT);
        assertThat(FileKinds.of("text.odt", openDocument("application/vnd.oasis.opendocument.text")))
                .contains(FileKinds.Kind.OPENDOCUMENT_TEXT);
        assertThat(FileKinds.Kind.OPENDOCUMENT_TEXT.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void aProgramRenamedOrAnyOtherMismatchIsRefused() throws IOException {
        assertThat(FileKinds.of("rapport.pdf", PROGRAM)).isEmpty();
        assertThat(FileKinds.of("program.exe", PROGRAM)).isEmpty();
        assertThat(FileKinds.of("rapport.exe", PDF)).isEmpty();
        assertThat(FileKinds.of("bild.png", JPEG)).isEmpty();
        assertThat(FileKinds.of("rapport", PDF)).isEmpty();
        assertThat(FileKinds.of(null, PDF)).isEmpty();
        // A spreadsheet claiming to be a text document, and a file too short to be told at all.
        assertThat(FileKinds.of("text.odt", openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .isEmpty();
        assertThat(FileKinds.of("kort.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
