package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.ReportFigures;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;

/**
 * Figures through Tasklist (CONTRACT section 9): Mường Tè district (107) asks its two communes for two figures;
 * Xã Mường Tè reports through the API, the officer of Thị trấn Mường Tè types the township's figures into the
 * report form's text, and the district's officer then finds their sums in the form's text and pre-filled in
 * its own figures; the province's Department of Health, a (b/c) recipient of the district's report, receives it.
 * The steps before the reports are the engine's (as other tests play them in Tasklist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class FiguresBrowserIT extends TasklistScenario {

    private static final String DISTRICT = "107";
    private static final String TOWNSHIP = "03433"; // Thị trấn Mường Tè
    private static final String COMMUNE = "03445";  // Xã Mường Tè

    @Autowired DirectiveService directives;
    @Autowired ReportFigures figures;

    @Override
    String screenshots() {
        return "figures";
    }

    @Test
    void aCommunesOfficerEntersFiguresAndTheDistrictSeesTheirSum() throws Exception {
        play(this::scenario);
    }

    private void scenario() throws Exception {
        LocalDate today = LocalDate.now(WorkingDays.ZONE);
        String id = directives.register(CascadeTestSupport.draft("731/CĐ-BYT", Urgency.THUONG), DISTRICT,
                today.plusDays(40), null).id();
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        String deadline = today.plusDays(20).toString();
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ASSIGN, Map.of(
                Var.ASSIGNMENTS, SpinValues.jsonValue("["
                        + "{\"unitCode\":\"" + TOWNSHIP + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"" + deadline + "\"},"
                        + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"" + deadline + "\"}]").create(),
                Var.INDICATORS_TEXT, "mui3; Số người tiêm mũi 3; người\nmui2_tre; Số trẻ 12-17 tuổi tiêm mũi 2; trẻ"));
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, "731/UBND-VP",
                Var.IMPLEMENTING_DATE, today.toString(), Var.REPORT_TO, SpinValues.jsonValue("[\"12-SYT\"]").create()));
        engineSteps.complete(id, COMMUNE, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        engineSteps.complete(id, COMMUNE, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm cho 640 người",
                Var.FIGURES, SpinValues.jsonValue("{\"mui3\": 640, \"mui2_tre\": 30}").create()));
        engineSteps.complete(id, TOWNSHIP, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        engineSteps.awaitStatus(id, COMMUNE, UnitStatus.REPORTED);

        // the township's officer sees which figures are asked and types them, Vietnamese style
        tasklist.signIn("chuyenvien.03433");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "731/UBND-VP");
        assertThat(tasklist.formText()).contains("Số liệu báo cáo", "Số người tiêm mũi 3 (người)", "Số trẻ 12-17 tuổi tiêm mũi 2 (trẻ)");
        assertThat(tasklist.value("Số liệu báo cáo")).isEqualTo("mui3: \nmui2_tre: \n");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Đã tiêm cho 1.250 người.");
        tasklist.typeLines("Số liệu báo cáo", "mui3: 1.250", "mui2_tre: 40");
        tasklist.screenshot("figures-township-report");
        tasklist.complete();
        engineSteps.awaitStatus(id, TOWNSHIP, UnitStatus.REPORTED);
        assertThat(figures.reported(id, TOWNSHIP).get("mui3")).isEqualByComparingTo("1250");

        // the district's officer finds the sums of both communes, and its own figures pre-filled with them
        tasklist.signIn("chuyenvien.107");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "731/CĐ-BYT");
        assertThat(tasklist.formText()).contains("tổng của 2/2 đơn vị cấp dưới đã báo cáo 1.890",
                "tổng của 2/2 đơn vị cấp dưới đã báo cáo 70", "Tất cả đơn vị cấp dưới đã báo cáo số liệu");
        assertThat(tasklist.value("Số liệu báo cáo")).isEqualTo("mui3: 1890\nmui2_tre: 70\n");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Huyện đã tiêm cho 1.890 người.");
        tasklist.screenshot("figures-district-report");
        tasklist.complete();
        engineSteps.awaitStatus(id, DISTRICT, UnitStatus.REPORTED);
        assertThat(figures.reported(id, DISTRICT).get("mui3")).isEqualByComparingTo("1890");
        assertThat(figures.reported(id, DISTRICT).get("mui2_tre")).isEqualByComparingTo("70");

        // the province's Department of Health, a (b/c) recipient of the district's report, receives it with its figures
        tasklist.signIn("vanthu.12-syt");
        tasklist.filter("Báo cáo gửi đến (b/c)");
        tasklist.openTask("Nhận báo cáo", "731/CĐ-BYT");
        assertThat(tasklist.formText()).contains("Báo cáo của Huyện Mường Tè", "Huyện đã tiêm cho 1.890 người.",
                "Số người tiêm mũi 3: 1.890 người", "Số trẻ 12-17 tuổi tiêm mũi 2: 70 trẻ");
        tasklist.screenshot("figures-health-receives-report");
        tasklist.claim();
        tasklist.complete();
        tasklist.await().withTimeout(Duration.ofSeconds(30)).until(d -> engine.withoutAuthorization(() -> tasks.createTaskQuery()
                .taskDefinitionKey(CascadeProcess.USER_RECEIVE_REPORT).processVariableValueEquals(Var.DIRECTIVE_ID, id).count()) == 0);

        // the district's leader reads the figures in Cockpit's Tuân thủ: one bar per commune, the table and the CSV
        var browser = tasklist.browser();
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        tasklist.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type='password']")));
        browser.findElement(By.cssSelector("input[type='text']")).sendKeys("lanhdao.107");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        tasklist.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.compliance-navigation")));
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/tuan-thu?directive=" + id);
        WebElement townshipBar = tasklist.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg.figures-bars rect[data-unit-code='" + TOWNSHIP + "']")));
        assertThat(townshipBar.getDomAttribute("data-value")).isEqualTo("1250");
        assertThat(browser.findElement(By.cssSelector("svg.figures-bars rect[data-unit-code='" + COMMUNE + "']"))
                .getDomAttribute("data-value")).isEqualTo("640");
        WebElement section = browser.findElement(By.cssSelector("section.compliance-figures"));
        assertThat(section.getText()).contains("Số liệu báo cáo", "1.250 người", "640 người", "Tải CSV");
        assertThat(browser.findElement(By.cssSelector("table.compliance-figures-table tr[data-unit-code='" + DISTRICT + "']")).getText())
                .contains("1.890", "70");
        tasklist.screenshot("figures-tuan-thu-chart");
    }
}
