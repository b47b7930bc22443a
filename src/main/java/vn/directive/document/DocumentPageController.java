package vn.directive.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.ReportFigures;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft.DocumentRef;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveVersions;
import vn.directive.document.ReceivedDocuments;
import vn.directive.document.ReceivedDocuments.Chain;
import vn.directive.document.ReceivedDocuments.Received;
import vn.directive.document.DocumentFiles.StoredFile;
import vn.directive.security.EngineBasicAuthFilter;
import vn.directive.unit.UnitRegistry;

/**
 * The document page: {@code GET /van-ban/{directiveId}/{unitCode}} shows, in Vietnamese, the document unit
 * {@code unitCode} received and every one above it up to the registered directive (and the documents that one
 * implements); {@code GET /van-ban/{directiveId}} the recipient's. One self-contained HTML page (inline CSS, nothing
 * fetched from elsewhere; a script only for the upload form) that reads at phone width. A clerk or leader of the unit
 * also sees the unit's own implementing document, and with the Tasklist session a form that uploads its files. Read with the Camunda webapps' session (a
 * link from a Tasklist form) or HTTP Basic; who may not read the directive gets the same 404 page as for an
 * unknown one.
 */
@Controller
class DocumentPageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Where the Camunda webapps keep the session's CSRF token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
    private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private final DirectiveRegister register;
    private final ReceivedDocuments documents;
    private final DocumentAccess access;
    private final Obligations obligations;
    private final DocumentFiles files;
    private final UnitRegistry units;
    private final ReportFigures figures;
    private final DirectiveVersions versions;

    DocumentPageController(DirectiveRegister register, ReceivedDocuments documents, DocumentAccess access,
                           Obligations obligations, DocumentFiles files, UnitRegistry units, ReportFigures figures,
                           DirectiveVersions versions) {
        this.figures = figures;
        this.versions = versions;
        this.register = register;
        this.documents = documents;
        this.access = access;
        this.obligations = obligations;
        this.files = files;
        this.units = units;
    }

    /**
     * The unit's own implementing document, on its page when the unit has subordinates: for every reader once it is
     * issued (its number, date and files), before that for its clerks and leaders (or the administrator); for them,
     * when they came with the Camunda webapps' session, a form that uploads a file with that session's CSRF token.
     */
    record OwnDocument(String unitCode, String unitName, String number, LocalDate issuedOn, List<StoredFile> files,
                       String uploadPath, String csrfToken) {
    }

    /**
     * The unit's report, on its page for every reader of the directive (its parent and its (b/c) recipients read it
     * there): the text and figures once sent, the files attached to it, and for the unit's own people, while it has
     * not reported, a form that attaches a file with the webapps' session CSRF token.
     */
    record UnitReport(String unitName, String summary, java.sql.Timestamp reportedAt, List<String> figureLines,
                      List<StoredFile> files, String uploadPath, String csrfToken) {
    }

    @GetMapping(EngineBasicAuthFilter.PAGES + "{directiveId}")
    ResponseEntity<String> recipient(@PathVariable String directiveId, HttpServletRequest request) {
        Optional<DirectiveRegister.Registered> d = readable(directiveId);
        return d.isEmpty() ? notFound() : page(directiveId, d.get().recipientCode(), request);
    }

    @GetMapping(EngineBasicAuthFilter.PAGES + "{directiveId}/{unitCode}")
    ResponseEntity<String> unit(@PathVariable String directiveId, @PathVariable String unitCode, HttpServletRequest request) {
        return readable(directiveId).isEmpty() ? notFound() : page(directiveId, unitCode, request);
    }

    private Optional<DirectiveRegister.Registered> readable(String directiveId) {
        return access.current().flatMap(reader -> register.find(directiveId).filter(d -> access.mayRead(reader, d)));
    }

    private ResponseEntity<String> page(String directiveId, String unitCode, HttpServletRequest request) {
        Optional<Chain> chain = documents.chain(directiveId, unitCode);
        if (chain.isEmpty()) {
            return notFound();
        }
        String nonce = UUID.randomUUID().toString().replace("-", "");
        OwnDocument own = ownDocument(chain.get(), request);
        UnitReport report = unitReport(chain.get(), request);
        return html(HttpStatus.OK, render(chain.get(), own, report, request.getContextPath(), nonce,
                lifecycle(directiveId, chain.get().unit().unitCode())), nonce);
    }

    /**
     * Recall and amendment (CONTRACT section 8): a notice when the unit's obligation was recalled, and the registered
     * directive's current version with the earlier ones listed.
     */
    private String lifecycle(String directiveId, String unitCode) {
        StringBuilder b = new StringBuilder();
        Obligations.Recall recall = obligations.recalls(directiveId).get(unitCode);
        if (recall != null) {
            b.append("<p class=\"recalled\"><strong>Văn bản đã bị thu hồi</strong> lúc ")
                    .append(esc(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                            .format(recall.at().toLocalDateTime())))
                    .append(". Lý do: ").append(esc(recall.reason())).append("</p>\n");
        }
        List<DirectiveVersions.Version> earlier = versions.earlier(directiveId);
        if (!earlier.isEmpty()) {
            b.append("<section class=\"doc versions\">\n<h3>Văn bản đến đã được điều chỉnh, thay thế: đang hiệu lực phiên bản ")
                    .append(versions.current(directiveId)).append("</h3>\n<h4>Các phiên bản trước</h4>\n<ul class=\"refs\">\n");
            for (DirectiveVersions.Version v : earlier) {
                b.append("<li>Phiên bản ").append(v.version()).append(": số ").append(number(v.number()));
                if (v.subject() != null) {
                    b.append(" – ").append(esc(v.subject()));
                }
                b.append(" – hạn báo cáo ").append(DATE.format(v.reportDeadline()))
                        .append(" – vào sổ ").append(esc(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                .format(v.registeredAt().toLocalDateTime())));
                if (v.registeredBy() != null) {
                    b.append(" bởi ").append(esc(v.registeredBy()));
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        return b.toString();
    }

    private OwnDocument ownDocument(Chain chain, HttpServletRequest request) {
        String code = chain.unit().unitCode();
        boolean mayUpload = access.current().map(r -> r.mayUploadFor(code)).orElse(false);
        var row = obligations.find(chain.directiveId(), code).orElseThrow();
        // once issued, every reader of the directive reads it (its (b/c) recipients receive a copy); before, its own people
        if (!units.hasChildren(code) || !mayUpload && row.implementingNumber() == null) {
            return null;
        }
        return new OwnDocument(code, chain.unit().unitName(), row.implementingNumber(), row.implementingDate(),
                files.list(chain.directiveId(), code),
                request.getContextPath() + "/api/directives/" + enc(chain.directiveId()) + "/units/" + enc(code) + "/files",
                mayUpload ? csrfToken(request) : null);
    }

    private UnitReport unitReport(Chain chain, HttpServletRequest request) {
        String code = chain.unit().unitCode();
        var row = obligations.find(chain.directiveId(), code).orElse(null);
        if (row == null || !row.role().carriesOut()) {
            return null;
        }
        boolean sent = row.status() == UnitStatus.REPORTED;
        boolean open = !sent && row.closedAt() == null && row.status() != UnitStatus.REFUSED
                && row.status() != UnitStatus.RECALLED;
        boolean mayAttach = open && access.current().map(r -> r.mayReportFor(code)).orElse(false);
        List<String> figureLines = new java.util.ArrayList<>();
        if (sent) {
            java.util.Map<String, ReportFigures.Indicator> named = new java.util.HashMap<>();
            figures.required(chain.directiveId(), code).forEach(i -> named.put(i.code(), i));
            figures.reported(chain.directiveId(), code).forEach((c, value) -> {
                ReportFigures.Indicator i = named.get(c);
                figureLines.add((i == null ? c : i.name()) + ": " + ReportFigures.display(value)
                        + (i == null || i.unit().isBlank() ? "" : " " + i.unit()));
            });
        }
        return new UnitReport(chain.unit().unitName(), sent ? row.reportSummary() : null, row.reportedAt(), figureLines,
                files.list(chain.directiveId(), code, DocumentFiles.Kind.REPORT),
                request.getContextPath() + "/api/directives/" + enc(chain.directiveId()) + "/units/" + enc(code)
                        + "/report-files",
                mayAttach ? csrfToken(request) : null);
    }

    private static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        boolean basic = request.getHeader("Authorization") != null;
        Object token = session == null || basic ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        return token instanceof String t && !t.isEmpty() ? t : null;
    }

    private static ResponseEntity<String> notFound() {
        return html(HttpStatus.NOT_FOUND, layout("Không tìm thấy văn bản", """
                <h1>Không tìm thấy văn bản</h1>
                <p>Văn bản này không có, không đến đơn vị đã chọn, hoặc bạn không thuộc đơn vị nào được đọc nó.</p>
                """), null);
    }

    /** Only inline styles, and the one inline script of the upload form by its nonce; requests to this origin only. */
    private static ResponseEntity<String> html(HttpStatus status, String body, String nonce) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"
                        + (nonce == null ? "" : "; script-src 'nonce-" + nonce + "'; connect-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(body);
    }

    static String render(Chain chain, OwnDocument own, String contextPath, String nonce) {
        return render(chain, own, null, contextPath, nonce);
    }

    static String render(Chain chain, OwnDocument own, UnitReport report, String contextPath, String nonce) {
        return render(chain, own, report, contextPath, nonce, "");
    }

    /** {@code lifecycle}: the recall notice and the directive's versions (already HTML, escaped), after the heading. */
    static String render(Chain chain, OwnDocument own, UnitReport report, String contextPath, String nonce,
                         String lifecycle) {
        Received unit = chain.unit();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Văn bản ").append(esc(unit.unitName())).append(" nhận</h1>\n");
        b.append("<p class=\"meta\">Mã hồ sơ ").append(esc(chain.businessKey())).append("</p>\n");
        b.append(lifecycle);
        for (int i = 0; i < chain.steps().size(); i++) {
            Received step = chain.steps().get(i);
            boolean registered = i == chain.steps().size() - 1 && step.unitCode().equals(chain.recipientCode());
            if (i == 1) {
                b.append("<h2>Các văn bản cấp trên</h2>\n");
            }
            document(b, chain, step, registered, i == 0, contextPath);
            if (i == 0 && own != null) {
                ownDocument(b, chain, own, contextPath, nonce);
            }
            if (i == 0 && report != null) {
                report(b, chain, report, contextPath, nonce);
            }
        }
        List<DocumentRef> implemented = chain.implementsDocuments();
        if (!implemented.isEmpty()) {
            b.append("<h2>Văn bản được triển khai</h2>\n<ul class=\"refs\">\n");
            for (DocumentRef r : implemented) {
                b.append("<li>").append(number(r.number()));
                if (r.issuedOn() != null) {
                    b.append(" ngày ").append(DATE.format(r.issuedOn()));
                }
                if (r.issuer() != null) {
                    b.append(" của ").append(esc(r.issuer()));
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return layout("Văn bản " + unit.unitName() + " nhận", b.toString());
    }

    private static void document(StringBuilder b, Chain chain, Received step, boolean registered, boolean first,
                                 String contextPath) {
        ReceivedDocuments.ReceivedDocument doc = step.document();
        b.append("<section class=\"doc").append(first ? " own" : "").append("\">\n");
        b.append("<h3>").append(first ? "" : esc(step.unitName()) + " nhận: ")
                .append(registered ? "Văn bản đến" : "Văn bản triển khai của " + esc(doc.issuer()))
                .append("</h3>\n<dl>\n");
        row(b, "Số, ký hiệu", number(doc.number()));
        row(b, "Ngày ban hành", doc.issuedOn() == null ? "Chưa rõ" : DATE.format(doc.issuedOn()));
        row(b, "Cơ quan ban hành", doc.issuer() == null ? "Chưa rõ" : esc(doc.issuer()));
        if (doc.subject() != null) {
            row(b, "Trích yếu", esc(doc.subject()));
        }
        if (registered) {
            row(b, "Độ khẩn", urgency(chain.urgency()));
        }
        row(b, "Đơn vị nhận", esc(step.unitName()));
        if (doc.taskText() != null && !doc.taskText().isBlank()) {
            row(b, "Nhiệm vụ được giao", "<span class=\"task\">" + esc(doc.taskText()) + "</span>");
        }
        row(b, "Hạn báo cáo", date(step.reportDeadline()));
        b.append("</dl>\n");
        if (registered && chain.fullText() != null && !chain.fullText().isBlank()) {
            b.append("<details").append(first ? " open" : "").append("><summary>Toàn văn</summary>\n<pre>")
                    .append(esc(chain.fullText())).append("</pre></details>\n");
        }
        files(b, chain, doc.files(), contextPath);
        b.append("</section>\n");
    }

    private static void ownDocument(StringBuilder b, Chain chain, OwnDocument own, String contextPath, String nonce) {
        b.append("<section class=\"doc mine\">\n<h3>Văn bản triển khai của ").append(esc(own.unitName()))
                .append("</h3>\n<dl>\n");
        row(b, "Số, ký hiệu", number(own.number()));
        row(b, "Ngày ban hành", own.issuedOn() == null ? "Chưa ban hành" : DATE.format(own.issuedOn()));
        b.append("</dl>\n");
        files(b, chain, own.files(), contextPath);
        if (own.csrfToken() != null) {
            uploadForm(b, "upload", own.uploadPath(), own.csrfToken(),
                    "Tải lên tệp văn bản triển khai (PDF hoặc DOCX, tối đa 20 MB)", nonce);
        }
        b.append("</section>\n");
    }

    private static void report(StringBuilder b, Chain chain, UnitReport report, String contextPath, String nonce) {
        b.append("<section class=\"doc report\" id=\"bao-cao\">\n<h3>Báo cáo của ").append(esc(report.unitName()))
                .append("</h3>\n");
        if (report.reportedAt() == null) {
            b.append("<p class=\"none\">Chưa báo cáo.</p>\n");
        } else {
            b.append("<dl>\n");
            row(b, "Ngày báo cáo", DATE.format(report.reportedAt().toInstant().atZone(vn.directive.calendar.WorkingDays.ZONE)
                    .toLocalDate()));
            row(b, "Kết quả thực hiện", "<span class=\"task\">" + esc(report.summary()) + "</span>");
            if (!report.figureLines().isEmpty()) {
                StringBuilder lines = new StringBuilder("<ul class=\"figures\">");
                report.figureLines().forEach(l -> lines.append("<li>").append(esc(l)).append("</li>"));
                row(b, "Số liệu", lines.append("</ul>").toString());
            }
            b.append("</dl>\n");
        }
        files(b, chain, report.files(), contextPath);
        if (report.csrfToken() != null) {
            uploadForm(b, "report-upload", report.uploadPath(), report.csrfToken(),
                    "Đính kèm tệp vào báo cáo (PDF hoặc DOCX, tối đa 20 MB), trước khi gửi báo cáo", nonce);
        }
        b.append("</section>\n");
    }

    /**
     * An upload form (ids {@code formId}, {@code formId-file}, {@code formId-status}) and its script, allowed by the
     * page's nonce, which posts the file with the session's CSRF token.
     */
    private static void uploadForm(StringBuilder b, String formId, String action, String token, String label,
                                   String nonce) {
        b.append("""
                <form id="%1$s" class="upload" data-action="%2$s" data-token="%3$s">
                <label for="%1$s-file">%4$s</label>
                <input id="%1$s-file" type="file" name="file" required
                  accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
                <button type="submit">Tải lên</button>
                <p id="%1$s-status" role="status"></p>
                </form>
                """.formatted(formId, esc(action), esc(token), esc(label)));
        b.append("""
                <script nonce="%2$s">
                (function () {
                  var form = document.getElementById('%1$s');
                  var status = document.getElementById('%1$s-status');
                  form.addEventListener('submit', function (event) {
                    event.preventDefault();
                    var input = document.getElementById('%1$s-file');
                    if (!input.files.length) { status.textContent = 'Hãy chọn một tệp PDF hoặc DOCX.'; return; }
                    if (input.files[0].size > 20 * 1024 * 1024) { status.textContent = 'Tệp lớn hơn 20 MB.'; return; }
                    var data = new FormData();
                    data.append('file', input.files[0]);
                    status.textContent = 'Đang tải lên…';
                    fetch(form.dataset.action, {method: 'POST', body: data, credentials: 'same-origin',
                        headers: {'X-XSRF-TOKEN': form.dataset.token}})
                      .then(function (r) {
                        if (r.ok) { location.reload(); return; }
                        return r.json().then(function (e) { status.textContent = e.message || ('Lỗi ' + r.status); },
                          function () { status.textContent = 'Lỗi ' + r.status + ': hãy đăng nhập lại vào Tasklist.'; });
                      })
                      .catch(function () { status.textContent = 'Không gửi được tệp.'; });
                  });
                })();
                </script>
                """.formatted(formId, nonce));
    }

    private static void files(StringBuilder b, Chain chain, List<StoredFile> list, String contextPath) {
        b.append("<h4>Tệp đính kèm</h4>\n");
        if (list.isEmpty()) {
            b.append("<p class=\"none\">Chưa có tệp.</p>\n");
            return;
        }
        b.append("<ul class=\"files\">\n");
        for (StoredFile f : list) {
            b.append("<li><a href=\"").append(esc(contextPath + "/api/directives/" + enc(chain.directiveId())
                            + "/files/" + enc(f.id()))).append("\">").append(esc(f.name())).append("</a> <span>(")
                    .append(f.contentType().equals(FileType.PDF.mediaType()) ? "PDF" : "DOCX").append(", ")
                    .append(size(f.size())).append(")</span></li>\n");
        }
        b.append("</ul>\n");
    }

    private static void row(StringBuilder b, String label, String valueHtml) {
        b.append("<div><dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
    }

    private static String number(String number) {
        return number == null || number.isBlank() ? "<em>Chưa có số</em>" : esc(number);
    }

    private static String date(LocalDate d) {
        return d == null ? "Chưa rõ" : DATE.format(d);
    }

    static String urgency(Urgency u) {
        if (u == null) {
            return "Thường";
        }
        return switch (u) {
            case THUONG -> "Thường";
            case KHAN -> "Khẩn";
            case THUONG_KHAN -> "Thượng khẩn";
            case HOA_TOC -> "Hỏa tốc";
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String layout(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                *{box-sizing:border-box}
                body{margin:0;padding:.75rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
                  line-height:1.5;color:#1a1a1a;background:#f4f5f7;font-size:16px}
                main{max-width:52rem;margin:0 auto}
                h1{font-size:1.35rem;margin:.5rem 0}
                h2{font-size:1.1rem;margin:1.5rem 0 .5rem;color:#444}
                h3{font-size:1.05rem;margin:0 0 .5rem}
                h4{font-size:.95rem;margin:.75rem 0 .25rem}
                .meta{color:#555;margin:0 0 1rem;font-size:.9rem}
                .doc{background:#fff;border:1px solid #d8dbe0;border-radius:6px;padding:.75rem 1rem;margin:0 0 .75rem}
                .doc.own{border-left:4px solid #b3261e}
                .doc.mine{border-left:4px solid #0b57d0}
                .doc.report{border-left:4px solid #1e7b34}
                .upload{margin-top:.75rem;display:flex;flex-direction:column;gap:.4rem;align-items:flex-start}
                .upload input{max-width:100%%}
                .upload button{font:inherit;padding:.35rem 1rem;border:1px solid #0b57d0;border-radius:4px;
                  background:#0b57d0;color:#fff;cursor:pointer}
                dl{margin:0;display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.25rem .75rem}
                dl div{display:contents}
                dt{color:#555}
                dd{margin:0;overflow-wrap:anywhere}
                .task{white-space:pre-wrap}
                pre{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;background:#fafafa;
                  border:1px solid #e3e3e3;padding:.75rem;margin:.5rem 0 0;font-size:.95rem}
                summary{cursor:pointer;font-weight:600;margin-top:.75rem}
                ul{margin:.25rem 0;padding-left:1.25rem}
                li{overflow-wrap:anywhere}
                li span{color:#555;font-size:.9rem}
                a{color:#0b57d0}
                .none{color:#666;margin:.25rem 0}
                @media (max-width:36rem){dl{grid-template-columns:1fr}dt{font-size:.85rem;margin-top:.35rem}
                  body{padding:.5rem}.doc{padding:.6rem .7rem}}
                </style></head>
                <body><main>
                %s</main></body></html>
                """.formatted(esc(title), body);
    }
}
