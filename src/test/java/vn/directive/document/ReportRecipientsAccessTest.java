package vn.directive.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.document.DocumentFilesTestSupport.PDF;
import static vn.directive.document.DocumentFilesTestSupport.bytes;
import static vn.directive.document.DocumentFilesTestSupport.pdf;
import static vn.directive.document.DocumentFilesTestSupport.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.platform.Api;

/**
 * A (b/c) recipient outside the cascade (the Ministry of Health, named in the telegram's "Nơi nhận") reads what the
 * province reports to it: the rows and figures of the province's subtree and its document page, with the files the
 * units attached to their reports (CONTRACT section 9, as built). Nobody else gains anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportRecipientsAccessTest {

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void theMinistryReadsTheProvincesSubtreeOnceTheProvinceNamesItAsBc() {
        String number = "9" + System.nanoTime() % 100000 + "/CĐ-BYT";
        JsonNode registered = api.expect(201, api.as("vanthu.12", HttpMethod.POST, "/api/directives", """
                {"directive": {"number": "%s", "issuer": "Bộ Y tế", "type": "CONG_DIEN", "urgency": "KHAN",
                  "subject": "Về tiêm vắc xin mũi 3", "reportTo": ["Bộ Y tế", "Thường trực Tỉnh ủy"]},
                 "recipient": "12", "reportDeadline": "%s"}
                """.formatted(number, LocalDate.now().plusDays(30))));
        String id = registered.get("id").asText();
        String businessKey = registered.get("businessKey").asText();
        String units = "/api/directives/" + id + "/units";

        // before the province issues its document, the ministry has nothing under this directive
        api.expectError(404, "unknown-directive", api.as("vanthu.byt", HttpMethod.GET, units, null));

        String province = CascadeTestSupport.instanceOf(runtime, businessKey, "12").getId();
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS,
                SpinValues.jsonValue("[{\"unitCode\":\"107\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm mũi 3\",\"reportDeadline\":\""
                        + LocalDate.now().plusDays(20) + "\"}]").create()));
        // the clerk keeps the pre-filled (b/c) recipient: the Ministry of Health, resolved from the telegram
        CascadeTestSupport.complete(tasks, province, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "77/UBND-VX", Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
        CascadeTestSupport.executeJobs(management);

        JsonNode rows = api.expect(200, api.as("vanthu.byt", HttpMethod.GET, units, null));
        assertThat(java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("unitCode").asText()))
                .containsExactlyInAnyOrder("12", "107");
        // (the district's commune comes later: the ministry then reads it too, under the province)
        assertThat(rows.get(0).get("reportTo").findValuesAsText("unitCode")).contains("BYT");
        api.expect(200, api.as("lanhdao.byt", HttpMethod.GET, "/api/directives/" + id + "/figures", null));
        String page = api.as("vanthu.byt", HttpMethod.GET, "/van-ban/" + id + "/12", null).getBody();
        assertThat(page).contains("Báo cáo của Tỉnh Lai Châu", "Chưa báo cáo",
                "Văn bản triển khai của Tỉnh Lai Châu", "77/UBND-VX");
        // another ministry, and another province, still see nothing
        api.expectError(404, "unknown-directive", api.as("vanthu.bgddt", HttpMethod.GET, units, null));
        api.expectError(404, "unknown-directive", api.as("vanthu.11", HttpMethod.GET, units, null));
        assertThat(api.as("vanthu.bgddt", HttpMethod.GET, "/van-ban/" + id + "/12", null).getStatusCode().value()).isEqualTo(404);

        // the district's officer attaches a file to its report; the district's document files are not mixed with it
        String reportFiles = units + "/107/report-files";
        JsonNode attached = api.expect(201, upload(http, "chuyenvien.107", reportFiles, "file", "Báo cáo tiêm.pdf", PDF,
                pdf("bao cao")));
        assertThat(attached.get("kind").asText()).isEqualTo("REPORT");
        api.expectError(404, "unknown-directive", upload(http, "chuyenvien.108", reportFiles, "file", "x.pdf", PDF, pdf("x")));
        api.expectError(403, "forbidden", upload(http, "chuyenvien.12", reportFiles, "file", "x.pdf", PDF, pdf("x")));
        assertThat(api.expect(200, api.as("vanthu.107", HttpMethod.GET, units + "/107/files", null))).isEmpty();
        JsonNode listed = api.expect(200, api.as("vanthu.byt", HttpMethod.GET, reportFiles, null));
        assertThat(listed.findValuesAsText("name")).containsExactly("Báo cáo tiêm.pdf");
        assertThat(bytes(http, "vanthu.byt", reportFiles + "/" + attached.get("id").asText()).getBody())
                .isEqualTo(pdf("bao cao"));

        // the district reports: its page shows the report with the file, and nothing more can be attached
        String district = CascadeTestSupport.instanceOf(runtime, businessKey, "107").getId();
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS,
                SpinValues.jsonValue("[{\"unitCode\":\"03433\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm mũi 3\",\"reportDeadline\":\""
                        + LocalDate.now().plusDays(10) + "\"}]").create()));
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "12/UBND", Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
        CascadeTestSupport.executeJobs(management);
        String commune = CascadeTestSupport.instanceOf(runtime, businessKey, "03433").getId();
        CascadeTestSupport.complete(tasks, commune, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, commune, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm"));
        CascadeTestSupport.executeJobs(management);
        CascadeTestSupport.complete(tasks, district, CascadeProcess.USER_REPORT,
                Map.of(Var.REPORT_SUMMARY, "Đã tiêm mũi 3 cho 1.200 người"));
        CascadeTestSupport.executeJobs(management);
        String districtPage = api.as("vanthu.byt", HttpMethod.GET, "/van-ban/" + id + "/107", null).getBody();
        assertThat(districtPage).contains("Báo cáo của Huyện Mường Tè", "Đã tiêm mũi 3 cho 1.200 người",
                "Báo cáo tiêm.pdf");
        api.expectError(409, "report-sent", upload(http, "chuyenvien.107", reportFiles, "file", "muon.pdf", PDF, pdf("y")));
        assertThat(api.expect(200, api.as("vanthu.byt", HttpMethod.GET, reportFiles, null))).hasSize(1);
    }
}
