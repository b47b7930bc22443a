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
import vn.directive.directive.ReceivedDocuments;
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
        return session;
    }
}
