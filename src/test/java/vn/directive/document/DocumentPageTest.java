package vn.directive.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.document.DocumentFilesTestSupport.DEADLINE;
import static vn.directive.document.DocumentFilesTestSupport.DOCX;
import static vn.directive.document.DocumentFilesTestSupport.PDF;
import static vn.directive.document.DocumentFilesTestSupport.docx;
import static vn.directive.document.DocumentFilesTestSupport.pdf;
import static vn.directive.document.DocumentFilesTestSupport.upload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.directive.document.ReceivedDocuments;
import vn.directive.platform.Api;

/**
 * The document page /van-ban/{directiveId}/{unitCode} and the chain service behind it: what a unit received and
 * the documents above it, read with HTTP Basic or the Tasklist session; a 401 page without either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentPageTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired TestRestTemplate http;
    @Autowired DocumentFiles files;
    @Autowired ReceivedDocuments received;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void theDocumentPageShowsWhatTheUnitReceivedAndTheChainAbove() {
        String[] d = DocumentFilesTestSupport.register(api, true);
        String id = d[0];
        String number = d[2];
        api.expect(201, upload(http, "vanthu.12", "/api/directives/" + id + "/files", "file", "Công điện.pdf", PDF, pdf("x")));
        DocumentFilesTestSupport.cascadeToCommune(runtime, tasks, management, d[1], "Tổ chức tiêm chủng trên địa bàn huyện",
                "Mở điểm tiêm tại thị trấn");
        api.expect(201, upload(http, "vanthu.107", "/api/directives/" + id + "/units/107/files", "file", "KH 512.docx", DOCX, docx()));
        api.expect(201, upload(http, "lanhdao.12", "/api/directives/" + id + "/units/12/files", "file", "CV 2345.pdf", PDF, pdf("y")));

        // the recipient: the registered directive itself
        ResponseEntity<String> top = api.as("vanthu.12", HttpMethod.GET, "/van-ban/" + id + "/12", null);
        assertThat(top.getStatusCode().value()).isEqualTo(200);
        assertThat(top.getHeaders().getContentType().toString()).startsWith("text/html").contains("UTF-8");
        assertThat(top.getBody()).contains("name=\"viewport\"", number, "Thủ tướng Chính phủ", "20/11/2026",
                "Về tăng cường phòng, chống dịch", "Hỏa tốc", DMY.format(DEADLINE), "Công điện.pdf",
                "/api/directives/" + id + "/files/", "128/NQ-CP", "11/10/2021",
                "1. Ủy ban nhân dân các tỉnh tổ chức tiêm chủng",
                "&lt;b&gt;không phải thẻ HTML&lt;/b&gt;")
                .doesNotContain("<b>không", "http://", "https://", "<script");
        assertThat(api.as("vanthu.12", HttpMethod.GET, "/van-ban/" + id, null).getBody()).isEqualTo(top.getBody());

        // the commune: the district's implementing document with its task, then the province's, then the directive
        String commune = api.as("vanthu.03433", HttpMethod.GET, "/van-ban/" + id + "/03433", null).getBody();
        assertThat(commune).contains("Thị trấn Mường Tè", "512/UBND-VX", "Ủy ban nhân dân huyện Mường Tè",
                "Mở điểm tiêm tại thị trấn", DMY.format(LocalDate.now().plusDays(10)), DMY.format(LocalDate.now()),
                "KH 512.docx", "Các văn bản cấp trên", "2345/UBND-VX", "Ủy ban nhân dân tỉnh Lai Châu",
                "Tổ chức tiêm chủng trên địa bàn huyện", "CV 2345.pdf", number, "Thủ tướng Chính phủ", "Công điện.pdf");
        assertThat(commune.indexOf("512/UBND-VX")).isLessThan(commune.indexOf("2345/UBND-VX"));
        assertThat(commune.indexOf("2345/UBND-VX")).isLessThan(commune.indexOf(number));

        // the chain service behind it
        ReceivedDocuments.Chain chain = received.chain(id, "03433").orElseThrow();
        assertThat(chain.steps()).extracting(ReceivedDocuments.Received::unitCode).containsExactly("03433", "107", "12");
        ReceivedDocuments.ReceivedDocument doc = chain.unit().document();
        assertThat(doc.number()).isEqualTo("512/UBND-VX");
        assertThat(doc.issuerUnitCode()).isEqualTo("107");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.now());
        assertThat(doc.files()).extracting(DocumentFiles.StoredFile::name).containsExactly("KH 512.docx");
        assertThat(received.of(id, "12").orElseThrow().number()).isEqualTo(number);
        assertThat(received.ofAllUnits(id)).containsOnlyKeys("12", "107", "03433");
        assertThat(received.ofAllUnits(id).get("107").issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
        assertThat(received.of(id, "03436")).isEmpty();

        // users of units the directive did not reach: as if it did not exist
        for (String outsider : List.of("vanthu.11", "vanthu.105", "vanthu.03436")) {
            ResponseEntity<String> hidden = api.as(outsider, HttpMethod.GET, "/van-ban/" + id + "/03433", null);
            assertThat(hidden.getStatusCode().value()).isEqualTo(404);
            assertThat(hidden.getBody()).contains("Không tìm thấy văn bản").doesNotContain("512/UBND-VX", number);
        }
        // a unit the directive did not reach, an unknown directive
        assertThat(api.as("admin", HttpMethod.GET, "/van-ban/" + id + "/03436", null).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> unknown = api.as("admin", HttpMethod.GET, "/van-ban/nope/12", null);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("Không tìm thấy văn bản");

        // without credentials: a page in Vietnamese leading to Tasklist's sign-in, and no password box
        ResponseEntity<String> anonymous = http.getForEntity("/van-ban/" + id + "/03433", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(anonymous.getBody()).contains("Cần đăng nhập", "href=\"/camunda/app/tasklist/\"").doesNotContain("512/UBND-VX");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).doesNotStartWith("Basic");
        // (a wrong password of a real user would delay that user's next sign-in, so an unknown user)
        assertThat(api.exchange("nobody", "wrong", HttpMethod.GET, "/van-ban/" + id + "/12", null).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aDirectiveWithoutANumberSaysSo() {
        String id = DocumentFilesTestSupport.register(api, false)[0];
        assertThat(api.as("lanhdao.12", HttpMethod.GET, "/van-ban/" + id + "/12", null).getBody()).contains("Chưa có số");
    }

    @Test
    void theTasklistSessionReadsThePageAndTheFilesButCannotUpload() {
        String id = DocumentFilesTestSupport.register(api, true)[0];
        String fileId = api.expect(201, upload(http, "vanthu.12", "/api/directives/" + id + "/files", "file", "cd.pdf", PDF,
                pdf("x"))).get("id").asText();
        HttpHeaders session = signIntoTasklist("vanthu.12", "demo");
        ResponseEntity<String> page = http.exchange("/van-ban/" + id + "/12", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
        assertThat(page.getBody()).contains("cd.pdf");
        ResponseEntity<byte[]> file = http.exchange("/api/directives/" + id + "/files/" + fileId, HttpMethod.GET,
                new HttpEntity<>(session), byte[].class);
        assertThat(file.getBody()).isEqualTo(pdf("x"));

        int before = files.count();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(pdf("z")) {
            @Override
            public String getFilename() {
                return "z.pdf";
            }
        });
        session.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(http.exchange("/api/directives/" + id + "/files", HttpMethod.POST, new HttpEntity<>(form, session),
                String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(files.count()).isEqualTo(before);
    }

    @Test
    void aClerkUploadsTheUnitsImplementingDocumentFromThePageWithTheSessionsCsrfToken() {
        String[] d = DocumentFilesTestSupport.register(api, true);
        String id = d[0];
        DocumentFilesTestSupport.cascadeToCommune(runtime, tasks, management, d[1], "Tổ chức tiêm chủng", "Mở điểm tiêm");
        String upload = "/api/directives/" + id + "/units/107/files";

        // with HTTP Basic the page shows the district's own document, but no form (that is for the session)
        String basic = api.as("lanhdao.107", HttpMethod.GET, "/van-ban/" + id + "/107", null).getBody();
        assertThat(basic).contains("Văn bản triển khai của Huyện Mường Tè", "512/UBND-VX").doesNotContain("<form", "<script");
        // a commune has nothing to issue; an officer may not upload
        assertThat(api.as("vanthu.03433", HttpMethod.GET, "/van-ban/" + id + "/03433", null).getBody())
                .doesNotContain("Văn bản triển khai của Thị trấn");
        // an officer (as any reader of the directive) reads the issued document, but may not add to it
        assertThat(api.as("chuyenvien.107", HttpMethod.GET, "/van-ban/" + id + "/107", null).getBody())
                .contains("Văn bản triển khai của Huyện Mường Tè", "512/UBND-VX").doesNotContain("<form id=\"upload\"");

        HttpHeaders session = signIntoTasklist("vanthu.107", "demo");
        ResponseEntity<String> page = http.exchange("/van-ban/" + id + "/107", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        java.util.regex.Matcher form = java.util.regex.Pattern
                .compile("<form id=\"upload\" class=\"upload\" data-action=\"([^\"]+)\" data-token=\"([^\"]+)\"")
                .matcher(page.getBody());
        assertThat(form.find()).as(page.getBody()).isTrue();
        assertThat(form.group(1)).isEqualTo(upload);
        String token = form.group(2);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("<script nonce=\"([0-9a-f]+)\">").matcher(page.getBody());
        assertThat(nonce.find()).isTrue();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'nonce-" + nonce.group(1) + "'", "default-src 'none'", "connect-src 'self'");

        int before = files.count();
        // the session's cookie alone, or with a wrong token, writes nothing
        assertThat(sessionUpload(session, upload, null).getStatusCode().value()).isEqualTo(401);
        assertThat(sessionUpload(session, upload, token + "x").getStatusCode().value()).isEqualTo(401);
        // and the token opens no other write than an upload
        HttpHeaders json = new HttpHeaders();
        json.addAll(session);
        json.set("X-XSRF-TOKEN", token);
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/directives", HttpMethod.POST, new HttpEntity<>("{}", json), String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(files.count()).isEqualTo(before);

        ResponseEntity<String> stored = sessionUpload(session, upload, token);
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        assertThat(api.read(stored).get("uploadedBy").asText()).isEqualTo("vanthu.107");
        assertThat(http.exchange("/van-ban/" + id + "/107", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getBody()).contains("KH 512.pdf");
        assertThat(api.as("vanthu.03433", HttpMethod.GET, "/van-ban/" + id + "/03433", null).getBody()).contains("KH 512.pdf");

        // a commune clerk's session and token still may not add to the district's document
        HttpHeaders commune = signIntoTasklist("vanthu.03433", "demo");
        String communeToken = lastToken;
        String communePage = http.exchange("/van-ban/" + id + "/03433", HttpMethod.GET, new HttpEntity<>(commune), String.class)
                .getBody();
        assertThat(communePage).doesNotContain("<form id=\"upload\"");
        assertThat(sessionUpload(commune, upload, communeToken).getStatusCode().value()).isEqualTo(403);
        // but it attaches files to its own report, not yet sent, from its page
        String reportFiles = "/api/directives/" + id + "/units/03433/report-files";
        assertThat(communePage).contains("<form id=\"report-upload\" class=\"upload\" data-action=\"" + reportFiles + "\"");
        assertThat(sessionUpload(commune, reportFiles, communeToken).getStatusCode().value()).isEqualTo(201);
        assertThat(http.exchange("/van-ban/" + id + "/03433", HttpMethod.GET, new HttpEntity<>(commune), String.class)
                .getBody()).contains("Báo cáo của Thị trấn Mường Tè", "KH 512.pdf");
    }

    private ResponseEntity<String> sessionUpload(HttpHeaders session, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        if (token != null) {
            headers.set("X-XSRF-TOKEN", token);
        }
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_PDF);
        part.setContentDispositionFormData("file", "KH 512.pdf");
        form.add("file", new HttpEntity<>(new org.springframework.core.io.ByteArrayResource(pdf("kh")) {
            @Override
            public String getFilename() {
                return "KH 512.pdf";
            }
        }, part));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    /** The CSRF token of the session {@link #signIntoTasklist} signed in last. */
    private String lastToken;

    /** The CSRF token Tasklist's scripts would send: the webapps hand it out in X-XSRF-TOKEN once per session. */
    private String sessionToken(HttpHeaders session) {
        ResponseEntity<String> r = http.exchange("/camunda/api/engine/engine/default/user?maxResults=1", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        String token = r.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(token).as("the webapps' CSRF token").isNotBlank();
        return token;
    }

    /** Signs into Tasklist the way its login page does; returns the cookies of the signed-in session. */
    private HttpHeaders signIntoTasklist(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).isNotNull();
        HttpHeaders headers = new HttpHeaders();
        cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
        HttpHeaders session = new HttpHeaders();
        List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        (renewed != null ? renewed : cookies).forEach(c -> session.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        // Tasklist then loads with the new session, which gives that session its CSRF token
        lastToken = sessionToken(session);
        return session;
    }
}
