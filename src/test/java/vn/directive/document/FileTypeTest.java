package vn.directive.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** PDF and DOCX recognised by their bytes; what only claims to be one is not. */
class FileTypeTest {

    @Test
    void recognisesPdfAndDocxByContent() {
        assertThat(FileType.detect(DocumentFilesTestSupport.pdf("x"))).contains(FileType.PDF);
        assertThat(FileType.detect(DocumentFilesTestSupport.docx())).contains(FileType.DOCX);
        // a ZIP comment after the directory moves the end record back
        byte[] docx = DocumentFilesTestSupport.docx();
        byte[] withComment = Arrays.copyOf(docx, docx.length + 5);
        withComment[docx.length - 2] = 5;
        System.arraycopy("hello".getBytes(StandardCharsets.US_ASCII), 0, withComment, docx.length, 5);
        assertThat(FileType.detect(withComment)).contains(FileType.DOCX);
    }

    @Test
    void refusesWhatOnlyLooksLikeOne() {
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        // an XLSX or any other ZIP
        assertThat(FileType.detect(DocumentFilesTestSupport.zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
        // "word/document.xml" inside a file's data, not in the directory
        assertThat(FileType.detect(DocumentFilesTestSupport.zip("a/word/document.xml.txt"))).isEmpty();
        // the ZIP signature alone, or cut short before its directory
        assertThat(FileType.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        byte[] docx = DocumentFilesTestSupport.docx();
        assertThat(FileType.detect(Arrays.copyOf(docx, docx.length - 30))).isEmpty();
        // a directory offset pointing outside the file
        byte[] broken = docx.clone();
        broken[broken.length - 6] = (byte) 0xff;
        broken[broken.length - 5] = (byte) 0xff;
        assertThat(FileType.detect(broken)).isEmpty();
    }

    @Test
    void aDeclaredTypeMustAgreeUnlessItIsGeneric() {
        assertThat(FileType.PDF.agreesWith("application/pdf")).isTrue();
        assertThat(FileType.PDF.agreesWith("Application/PDF; name=x")).isTrue();
        assertThat(FileType.PDF.agreesWith(null)).isTrue();
        assertThat(FileType.DOCX.agreesWith("application/octet-stream")).isTrue();
        assertThat(FileType.PDF.agreesWith(FileType.DOCX.mediaType())).isFalse();
        assertThat(FileType.DOCX.agreesWith("application/zip")).isFalse();
        assertThat(FileType.PDF.agreesWith("text/html")).isFalse();
    }

    @Test
    void fileNamesLoseClientPathsAndControlCharacters() {
        assertThat(DocumentFileController.fileName("C:\\\\tmp\\\\Kế hoạch.docx", FileType.DOCX)).isEqualTo("Kế hoạch.docx");
        assertThat(DocumentFileController.fileName("../../etc/passwd.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(DocumentFileController.fileName("a\"b\r\n.pdf", FileType.PDF)).isEqualTo("ab.pdf");
        assertThat(DocumentFileController.fileName("  ", FileType.PDF)).isEqualTo("van-ban.pdf");
        assertThat(DocumentFileController.fileName("x".repeat(300) + ".pdf", FileType.PDF)).hasSize(255).endsWith(".pdf");
    }
}
