package vn.directive.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.document.DocumentFilesTestSupport.DOCX;
import static vn.directive.document.DocumentFilesTestSupport.PDF;
import static vn.directive.document.DocumentFilesTestSupport.bytes;
import static vn.directive.document.DocumentFilesTestSupport.docx;
import static vn.directive.document.DocumentFilesTestSupport.pdf;
import static vn.directive.document.DocumentFilesTestSupport.upload;
import static vn.directive.document.DocumentFilesTestSupport.uploadWholeBody;
import static vn.directive.document.DocumentFilesTestSupport.zip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.platform.Api;

/** Contract section 8, Files: the registered directive's files and the units' implementing documents' files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentFilesApiTest {

    @Autowired TestRestTemplate http;
    @Autowired DocumentFiles files;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void uploadsListsAndDownloadsTheDirectivesFiles() {
        String id = DocumentFilesTestSupport.register(api, true)[0];
        byte[] content = pdf("công điện");
        JsonNode created = api.expect(201, upload(http, "vanthu.12", "/api/directives/" + id + "/files", "file",
                "Công điện hỏa tốc.pdf", PDF, content));
        assertThat(created.get("name").asText()).isEqualTo("Công điện hỏa tốc.pdf");
        assertThat(created.get("contentType").asText()).isEqualTo(PDF);
        assertThat(created.get("size").asLong()).isEqualTo(content.length);
        String fileId = created.get("id").asText();

        // a DOCX as some browsers declare it (application/octet-stream), from a path on the client
        JsonNode word = api.expect(201, upload(http, "lanhdao.12", "/api/directives/" + id + "/files", "file",
                "C:\\Users\\vanthu\\Phụ lục.docx", "application/octet-stream", docx()));
        assertThat(word.get("name").asText()).isEqualTo("Phụ lục.docx");
        assertThat(word.get("contentType").asText()).isEqualTo(DOCX);

        JsonNode list = api.expect(200, api.as("vanthu.12", HttpMethod.GET, "/api/directives/" + id + "/files", null));
        assertThat(list.findValuesAsText("name")).containsExactly("Công điện hỏa tốc.pdf", "Phụ lục.docx");
        assertThat(list.get(0).get("uploadedBy").asText()).isEqualTo("vanthu.12");

        ResponseEntity<byte[]> download = bytes(http, "vanthu.12", "/api/directives/" + id + "/files/" + fileId);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(content);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo(PDF);
        String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''C%C3%B4ng%20%C4%91i%E1%BB%87n");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Công điện hỏa tốc.pdf");

        api.expectError(404, "unknown-file", api.as("vanthu.12", HttpMethod.GET, "/api/directives/" + id + "/files/nope", null));
        api.expectError(404, "unknown-directive", api.as("admin", HttpMethod.GET, "/api/directives/nope/files", null));
        assertThat(api.exchange(null, null, HttpMethod.GET, "/api/directives/" + id + "/files", null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void refusesWrongTypesTooLargeFilesAndMissingFieldsStoringNothing() {
        String id = DocumentFilesTestSupport.register(api, true)[0];
        String path = "/api/directives/" + id + "/files";
        int before = files.count();

        // declared as a PDF, but not one inside
        JsonNode wrong = api.expectError(415, "unsupported-file-type",
                upload(http, "vanthu.12", path, "file", "virus.pdf", PDF, "MZ\u0090\u0000 not a pdf".getBytes()));
        assertThat(wrong.get("message").asText()).contains("'file'", "PDF", "DOCX");
        // a ZIP that is no Word document, declared as one
        api.expectError(415, "unsupported-file-type", upload(http, "vanthu.12", path, "file", "a.docx", DOCX, zip("a.txt")));
        // a real PDF declared as something else
        api.expectError(415, "unsupported-file-type", upload(http, "vanthu.12", path, "file", "a.png", "image/png", pdf("x")));
        api.expectError(415, "unsupported-file-type", upload(http, "vanthu.12", path, "file", "a.txt", "text/plain", "Xin chào".getBytes()));

        // 21 MB: refused as JSON once 20 MB are read (and again: the connection stays usable for the answer)
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(pdf(""), 0, big, 0, 8);
        JsonNode tooLarge = api.expectError(413, "file-too-large", uploadWholeBody(http, "vanthu.12", path, "lon.pdf", PDF, big));
        api.expectError(413, "file-too-large", uploadWholeBody(http, "vanthu.12", path, "lon.pdf", PDF, big));
        assertThat(tooLarge.get("message").asText()).contains("'file'", "20 MB");

        JsonNode missing = api.expectError(400, "missing-field", upload(http, "vanthu.12", path, "tep", "a.pdf", PDF, pdf("x")));
        assertThat(missing.get("message").asText()).contains("'file'");
        api.expectError(400, "missing-field", api.as("vanthu.12", HttpMethod.POST, path, "{\"file\": \"x\"}"));
        api.expectError(400, "empty-file", upload(http, "vanthu.12", path, "file", "rong.pdf", PDF, new byte[0]));

        assertThat(files.count()).isEqualTo(before);
        assertThat(api.expect(200, api.as("vanthu.12", HttpMethod.GET, path, null))).isEmpty();
    }

    @Test
    void onlyTheUnitsTheDirectiveReachedAndAboveReadItsFiles() {
        String[] d = DocumentFilesTestSupport.register(api, true);
        String id = d[0];
        String fileId = api.expect(201, upload(http, "vanthu.12", "/api/directives/" + id + "/files", "file", "cd.pdf", PDF,
                pdf("x"))).get("id").asText();
        DocumentFilesTestSupport.cascadeToCommune(runtime, tasks, management, d[1], "Tổ chức tiêm chủng", "Mở điểm tiêm");
        String districtFile = api.expect(201, upload(http, "vanthu.107", "/api/directives/" + id + "/units/107/files",
                "file", "512-UBND-VX.docx", DOCX, docx())).get("id").asText();
        int before = files.count();

        // Điện Biên's clerk, a district and a commune of Lai Châu the directive did not reach: as if it did not exist
        for (String outsider : List.of("vanthu.11", "vanthu.105", "vanthu.03436")) {
            api.expectError(404, "unknown-directive", api.as(outsider, HttpMethod.GET, "/api/directives/" + id + "/files", null));
            api.expectError(404, "unknown-directive", api.as(outsider, HttpMethod.GET,
                    "/api/directives/" + id + "/files/" + fileId, null));
            api.expectError(404, "unknown-directive", api.as(outsider, HttpMethod.GET,
                    "/api/directives/" + id + "/units/107/files", null));
            api.expectError(404, "unknown-directive", upload(http, outsider, "/api/directives/" + id + "/files", "file",
                    "x.pdf", PDF, pdf("x")));
        }
        // the commune reached reads everything above it
        assertThat(bytes(http, "chuyenvien.03433", "/api/directives/" + id + "/files/" + fileId).getBody()).isEqualTo(pdf("x"));
        assertThat(bytes(http, "vanthu.03433", "/api/directives/" + id + "/files/" + districtFile).getBody()).isEqualTo(docx());
        assertThat(api.expect(200, api.as("vanthu.03433", HttpMethod.GET, "/api/directives/" + id + "/units/107/files", null))
                .findValuesAsText("name")).containsExactly("512-UBND-VX.docx");
        // the Government Office above the province, and the administrator
        assertThat(api.expect(200, api.as("vanthu.vpcp", HttpMethod.GET, "/api/directives/" + id + "/files", null))).hasSize(1);
        assertThat(api.expect(200, api.as("admin", HttpMethod.GET, "/api/directives/" + id + "/files", null))).hasSize(1);

        // who reads may still not upload: an officer of the recipient, a commune to the district's document
        api.expectError(403, "forbidden", upload(http, "chuyenvien.12", "/api/directives/" + id + "/files", "file", "x.pdf", PDF, pdf("x")));
        api.expectError(403, "forbidden", upload(http, "vanthu.03433", "/api/directives/" + id + "/files", "file", "x.pdf", PDF, pdf("x")));
        api.expectError(403, "forbidden", upload(http, "vanthu.03433", "/api/directives/" + id + "/units/107/files", "file",
                "x.pdf", PDF, pdf("x")));
        api.expectError(404, "unknown-unit", upload(http, "admin", "/api/directives/" + id + "/units/03436/files", "file",
                "x.pdf", PDF, pdf("x")));
        // a district file is not served as another unit's
        api.expectError(404, "unknown-file", api.as("admin", HttpMethod.GET,
                "/api/directives/" + id + "/units/03433/files/" + districtFile, null));
        assertThat(files.count()).isEqualTo(before);
    }
}
