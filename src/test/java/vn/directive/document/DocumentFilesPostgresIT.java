package vn.directive.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.document.DocumentFilesTestSupport.DOCX;
import static vn.directive.document.DocumentFilesTestSupport.PDF;
import static vn.directive.document.DocumentFilesTestSupport.bytes;
import static vn.directive.document.DocumentFilesTestSupport.docx;
import static vn.directive.document.DocumentFilesTestSupport.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directive.platform.Api;
import vn.directive.platform.PostgresTest;

/** The files and the document page on PostgreSQL: bytea holds every byte, the chain reads the same as on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "directive.demo=true")
@PostgresTest
class DocumentFilesPostgresIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    @Test
    void storesAndServesFilesAndThePageOnPostgres() {
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'document_file' and column_name = 'content'", String.class)).isEqualTo("bytea");
        Api api = new Api(http);
        String[] d = DocumentFilesTestSupport.register(api, true);
        String id = d[0];

        // 20 MB exactly, every byte value, after the PDF header
        byte[] content = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
        JsonNode created = api.expect(201, upload(http, "vanthu.12", "/api/directives/" + id + "/files", "file",
                "Công điện 20 MB.pdf", PDF, content));
        assertThat(created.get("size").asLong()).isEqualTo(content.length);
        ResponseEntity<byte[]> back = bytes(http, "vanthu.12", "/api/directives/" + id + "/files/" + created.get("id").asText());
        assertThat(back.getBody()).isEqualTo(content);
        assertThat(back.getHeaders().getContentDisposition().getFilename()).isEqualTo("Công điện 20 MB.pdf");

        DocumentFilesTestSupport.cascadeToCommune(runtime, tasks, management, d[1], "Tổ chức tiêm chủng", "Mở điểm tiêm");
        api.expect(201, upload(http, "lanhdao.107", "/api/directives/" + id + "/units/107/files", "file", "KH 512.docx",
                DOCX, docx()));
        assertThat(api.expect(200, api.as("vanthu.03433", HttpMethod.GET, "/api/directives/" + id + "/units/107/files", null))
                .findValuesAsText("name")).containsExactly("KH 512.docx");
        String page = api.as("vanthu.03433", HttpMethod.GET, "/van-ban/" + id + "/03433", null).getBody();
        assertThat(page).contains("512/UBND-VX", "Ủy ban nhân dân huyện Mường Tè", "Mở điểm tiêm", "KH 512.docx",
                "2345/UBND-VX", d[2], "Công điện 20 MB.pdf");
        api.expectError(404, "unknown-directive", api.as("vanthu.11", HttpMethod.GET, "/api/directives/" + id + "/files", null));
    }
}
