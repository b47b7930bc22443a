package vn.directive.directive;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.web.ApiException;

/**
 * POST /api/directives/parse: a directive's text (UTF-8) in, its draft out. The body is read up to 2 MB and
 * no further, and must decode as UTF-8, so a large or binary upload is refused before any parsing.
 */
@RestController
@RequestMapping("/api/directives")
class ParseController {

    private final DirectiveReader reader;

    ParseController(DirectiveReader reader) {
        this.reader = reader;
    }

    @PostMapping("/parse")
    DirectiveDraft parse(HttpServletRequest request, @RequestParam(name = "issuer", required = false) String issuer)
            throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // the servlet container would take the body for form fields and hand us nothing to read
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Hãy gửi văn bản với Content-Type: text/plain; charset=UTF-8 (curl: --data-binary @tệp -H 'Content-Type: text/plain; charset=UTF-8')");
        }
        if (request.getContentLengthLong() > TextDirectiveReader.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(TextDirectiveReader.MAX_BYTES + 1);
        }
        if (body.length > TextDirectiveReader.MAX_BYTES) {
            throw tooLarge();
        }
        return reader.read(utf8(body), issuer);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.unprocessable("binary-text", "Nội dung không phải văn bản UTF-8: hãy gửi toàn văn với charset=UTF-8");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "text-too-large",
                "Nội dung vượt quá 2 MB; toàn văn một văn bản chỉ đạo ngắn hơn nhiều");
    }
}
