package vn.directive.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The two kinds of document file accepted, recognised by their content, not by what the client declares:
 * a PDF starts with {@code %PDF-}; a DOCX is a ZIP archive whose central directory lists {@code word/document.xml}.
 * Only the ZIP's directory is read, nothing is decompressed.
 */
public enum FileType {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type the bytes are, or empty when they are neither a PDF nor a DOCX. */
    public static Optional<FileType> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && zipLists(bytes, "word/document.xml")) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /**
     * Whether a declared content type agrees with the detected type. A generic declaration (none,
     * {@code application/octet-stream}, as some browsers send for DOCX) leaves the decision to the content.
     */
    public boolean agreesWith(String declared) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String base = declared.toLowerCase(Locale.ROOT);
        int semicolon = base.indexOf(';');
        base = (semicolon >= 0 ? base.substring(0, semicolon) : base).trim();
        return base.equals(mediaType) || base.equals("application/octet-stream")
                || (this == PDF && base.equals("application/x-pdf"));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the ZIP's end-of-central-directory record and walks the directory's entry names. */
    static boolean zipLists(byte[] bytes, String entry) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (b.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return false;
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        long offset = Integer.toUnsignedLong(b.getInt(eocd + 16));
        byte[] wanted = entry.getBytes(StandardCharsets.UTF_8);
        long p = offset;
        for (int n = 0; n < entries; n++) {
            if (p < 0 || p + 46 > bytes.length || b.getInt((int) p) != 0x02014b50) {
                return false;
            }
            int nameLength = Short.toUnsignedInt(b.getShort((int) p + 28));
            int extraLength = Short.toUnsignedInt(b.getShort((int) p + 30));
            int commentLength = Short.toUnsignedInt(b.getShort((int) p + 32));
            int name = (int) p + 46;
            if (name + nameLength > bytes.length) {
                return false;
            }
            if (nameLength == wanted.length && java.util.Arrays.equals(bytes, name, name + nameLength, wanted, 0, wanted.length)) {
                return true;
            }
            p = (long) name + nameLength + extraLength + commentLength;
        }
        return false;
    }
}
