package org.kompanjoner.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file people may upload, told by their content and not by what the sender claims: a file
 * is taken only when its name's ending and its first bytes agree. A program renamed {@code .pdf} starts
 * with the bytes of a program, not of a PDF, and is refused; so is anything of a kind not listed here.
 */
public final class FileKinds {

    /** A file kind: the endings its names take, its media type, and how its content starts. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        OPENDOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt"),
        OPENDOCUMENT_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp"),
        OPENDOCUMENT_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods");

        private final String mediaType;
        private final String[] endings;

        Kind(String mediaType, String... endings) {
            this.mediaType = mediaType;
            this.endings = endings;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean named(String ending) {
            return Arrays.asList(endings).contains(ending);
        }

        boolean startsLike(byte[] content) {
            return switch (this) {
                case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
                case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
                case JPEG -> startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
                case WORD, POWERPOINT, EXCEL -> startsWith(content, ZIP);
                // An OpenDocument file is a zip whose first entry, stored as it is, names its media type.
                case OPENDOCUMENT_TEXT, OPENDOCUMENT_PRESENTATION, OPENDOCUMENT_SPREADSHEET ->
                    startsWith(content, ZIP)
                            && new String(
                                            content,
                                            30,
                                            Math.min(content.length - 30, 8 + mediaType.length()),
                                            StandardCharsets.US_ASCII)
                                    .equals("mimetype" + mediaType);
            };
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileKinds() {}

    /** The kind of the file named {@code fileName} holding {@code content}, when its name and content agree. */
    public static Optional<Kind> of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || content.length < 40) {
            return Optional.empty();
        }
        String ending = name.substring(dot + 1);
        return Arrays.stream(Kind.values())
                .filter(kind -> kind.named(ending) && kind.startsLike(content))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
}
