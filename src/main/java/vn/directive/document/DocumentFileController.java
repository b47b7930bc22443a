package vn.directive.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.document.DocumentAccess.Reader;
import vn.directive.document.DocumentFiles.StoredFile;
import vn.directive.web.ApiException;

/**
 * Contract section 8, Files: the registered directive's files ({@code /api/directives/{id}/files}) and the
 * implementing document's files of each unit ({@code /api/directives/{id}/units/{code}/files}). Someone who may
 * not read the directive learns nothing of it: 404, as for an unknown id.
 */
@RestController
@RequestMapping("/api/directives/{id}")
class DocumentFileController {

    /** 20 MB, as the contract says; spring.servlet.multipart.max-file-size refuses larger parts before this runs. */
    static final long MAX_SIZE = 20L * 1024 * 1024;

    record FileView(String id, String name, String contentType, long size, String unitCode, Instant uploadedAt,
                    String uploadedBy, String kind) {

        static FileView of(StoredFile f) {
            return new FileView(f.id(), f.name(), f.contentType(), f.size(), f.unitCode(), f.uploadedAt(), f.uploadedBy(),
                    f.kind().name());
        }
    }

    private final DirectiveRegister register;
    private final Obligations obligations;
    private final DocumentFiles files;
    private final DocumentAccess access;
    private final Deadlines deadlines;

    DocumentFileController(DirectiveRegister register, Obligations obligations, DocumentFiles files,
                           DocumentAccess access, Deadlines deadlines) {
        this.register = register;
        this.obligations = obligations;
        this.files = files;
        this.access = access;
        this.deadlines = deadlines;
    }

    @PostMapping("/files")
    ResponseEntity<FileView> upload(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file) {
        Reader reader = reader();
        Registered d = readable(reader, id);
        if (!reader.mayUploadFor(d.recipientCode())) {
            throw forbidden(reader, d.recipientCode());
        }
        return store(d, null, reader, file, DocumentFiles.Kind.DOCUMENT);
    }

    @GetMapping("/files")
    List<FileView> list(@PathVariable String id) {
        readable(reader(), id);
        return files.list(id, null).stream().map(FileView::of).toList();
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String fileId, HttpServletResponse response) {
        readable(reader(), id);
        return content(id, fileId, null, false, response);
    }

    @PostMapping("/units/{code}/files")
    ResponseEntity<FileView> uploadForUnit(@PathVariable String id, @PathVariable String code,
                                           @RequestParam(name = "file", required = false) MultipartFile file) {
        Reader reader = reader();
        Registered d = readable(reader, id);
        reached(id, code);
        if (!reader.mayUploadFor(code)) {
            throw forbidden(reader, code);
        }
        return store(d, code, reader, file, DocumentFiles.Kind.DOCUMENT);
    }

    @GetMapping("/units/{code}/files")
    List<FileView> listForUnit(@PathVariable String id, @PathVariable String code) {
        readable(reader(), id);
        reached(id, code);
        return files.list(id, code).stream().map(FileView::of).toList();
    }

    @GetMapping("/units/{code}/files/{fileId}")
    ResponseEntity<byte[]> downloadForUnit(@PathVariable String id, @PathVariable String code, @PathVariable String fileId,
                                           HttpServletResponse response) {
        readable(reader(), id);
        reached(id, code);
        return content(id, fileId, code, true, response);
    }

    /**
     * A file attached to unit {@code code}'s report, by its officers, leaders or clerks, until it has reported: what
     * the report carried stays as it was sent. Its (b/c) recipients read it with the report.
     */
    @PostMapping("/units/{code}/report-files")
    ResponseEntity<FileView> uploadForReport(@PathVariable String id, @PathVariable String code,
                                             @RequestParam(name = "file", required = false) MultipartFile file) {
        Reader reader = reader();
        Registered d = readable(reader, id);
        reached(id, code);
        if (!reader.mayReportFor(code)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + reader.userId()
                    + " không thuộc đơn vị " + code + " nên không được đính kèm tệp vào báo cáo của đơn vị");
        }
        Obligations.Obligation o = obligations.find(id, code).orElseThrow();
        if (o.status() == UnitStatus.REPORTED || o.closedAt() != null || o.status() == UnitStatus.REFUSED
                || o.status() == UnitStatus.RECALLED) {
            throw ApiException.conflict("report-sent", "Đơn vị " + code
                    + " đã gửi báo cáo hoặc không còn nhiệm vụ: không thể đính kèm thêm tệp vào báo cáo");
        }
        return store(d, code, reader, file, DocumentFiles.Kind.REPORT);
    }

    @GetMapping("/units/{code}/report-files")
    List<FileView> listForReport(@PathVariable String id, @PathVariable String code) {
        readable(reader(), id);
        reached(id, code);
        return files.list(id, code, DocumentFiles.Kind.REPORT).stream().map(FileView::of).toList();
    }

    @GetMapping("/units/{code}/report-files/{fileId}")
    ResponseEntity<byte[]> downloadForReport(@PathVariable String id, @PathVariable String code,
                                             @PathVariable String fileId, HttpServletResponse response) {
        readable(reader(), id);
        reached(id, code);
        return content(id, fileId, code, true, response);
    }

    private ResponseEntity<FileView> store(Registered d, String unitCode, Reader reader, MultipartFile file,
                                           DocumentFiles.Kind kind) {
        if (file == null) {
            throw ApiException.badRequest("missing-field",
                    "Thiếu trường 'file': gửi tệp PDF hoặc DOCX dạng multipart/form-data trong trường 'file'");
        }
        if (file.getSize() > MAX_SIZE) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                    "Trường 'file': tệp lớn hơn 20 MB (" + file.getSize() + " byte)");
        }
        if (file.isEmpty()) {
            throw ApiException.badRequest("empty-file", "Trường 'file': tệp rỗng");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable-file", "Trường 'file': không đọc được tệp đã gửi");
        }
        String declared = file.getContentType();
        FileType type = FileType.detect(bytes).filter(t -> t.agreesWith(declared)).orElseThrow(() -> new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
                "Trường 'file' phải là tệp PDF hoặc DOCX; nội dung tệp đã gửi"
                        + (declared == null ? "" : " (khai là " + declared + ")") + " không phải PDF hay DOCX"));
        StoredFile stored = new StoredFile(UUID.randomUUID().toString(), d.id(), unitCode,
                fileName(file.getOriginalFilename(), type), type.mediaType(), bytes.length,
                deadlines.now().toInstant(), reader.userId(), kind);
        files.insert(stored, bytes);
        String location = "/api/directives/" + d.id() + (unitCode == null ? "" : "/units/" + unitCode)
                + (kind == DocumentFiles.Kind.REPORT ? "/report-files/" : "/files/") + stored.id();
        return ResponseEntity.created(URI.create(location)).body(FileView.of(stored));
    }

    private ResponseEntity<byte[]> content(String id, String fileId, String unitCode, boolean ofUnit,
                                          HttpServletResponse response) {
        DocumentFiles.Content c = files.content(id, fileId)
                .filter(f -> !ofUnit || unitCode.equals(f.file().unitCode()))
                .orElseThrow(() -> ApiException.notFound("unknown-file",
                        "Không có tệp '" + fileId + "' của văn bản '" + id + "'"));
        // server.servlet.encoding.force gives every response a charset; bytes have none ("application/pdf")
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.file().contentType()))
                .contentLength(c.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(c.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }

    private Reader reader() {
        return access.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Cần đăng nhập (HTTP Basic) để đọc văn bản"));
    }

    /** The directive, when the reader may read it; otherwise 404 exactly as for an unknown id. */
    private Registered readable(Reader reader, String id) {
        return register.find(id).filter(d -> access.mayRead(reader, d))
                .orElseThrow(() -> ApiException.notFound("unknown-directive", "Không có văn bản với mã '" + id + "'"));
    }

    private void reached(String id, String code) {
        if (obligations.find(id, code).isEmpty()) {
            throw ApiException.notFound("unknown-unit", "Văn bản '" + id + "' không đến đơn vị '" + code + "'");
        }
    }

    private static ApiException forbidden(Reader reader, String unitCode) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + reader.userId()
                + " không thuộc văn thư hay lãnh đạo của đơn vị " + unitCode + " nên không được tải tệp lên");
    }

    /** The name without any client path, control characters or excess length; a generic one when none is left. */
    static String fileName(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "van-ban" + type.extension();
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }
}
