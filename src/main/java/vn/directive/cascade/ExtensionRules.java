package vn.directive.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.engine.Engine;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * Who may ask for an extension of which obligation, and with what (CONTRACT section 8, extension request). The same
 * checks run for POST …/extension-requests, for Tasklist's start form (before the engine starts anything) and in the
 * process itself (service_record_extension_request), so a refused request changes nothing.
 */
@Component
public class ExtensionRules {

    /** A unit's obligation is open while it is received, acknowledged, assigned or in progress and not closed. */
    private static final Set<UnitStatus> OPEN = Set.of(UnitStatus.RECEIVED, UnitStatus.ACKNOWLEDGED,
            UnitStatus.ASSIGNED, UnitStatus.IN_PROGRESS);

    /** A request as checked: the obligation it is about, the date asked for and the reason. */
    public record Checked(Obligation obligation, LocalDate newDeadline, String reason) {
    }

    private final Obligations obligations;
    private final ExtensionRequests requests;
    private final UnitRegistry units;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final Engine engine;

    public ExtensionRules(Obligations obligations, ExtensionRequests requests, UnitRegistry units, JdbcTemplate jdbc,
                          RuntimeService runtimeService, Engine engine) {
        this.obligations = obligations;
        this.requests = requests;
        this.units = units;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    public static boolean isOpen(Obligation o) {
        return o != null && o.closedAt() == null && OPEN.contains(o.status());
    }

    /**
     * @throws ApiException 404 unknown unit, 409 obligation ended or a request already open, 422 at the top (no
     *                      assigning unit), for a unit only informed, a date not after the current deadline or no reason
     */
    public Checked check(String directiveId, String unitCode, Object newDeadline, Object reason) {
        Obligation o = obligation(directiveId, unitCode);
        if (o.parentCode() == null) {
            throw ApiException.unprocessable("no-assigning-unit", unit(unitCode) + " nhận văn bản trực tiếp từ "
                    + "cơ quan ban hành, không có đơn vị giao việc trong hệ thống xét đề nghị gia hạn: hạn báo cáo do "
                    + "cơ quan ban hành đặt, lãnh đạo đơn vị không tự gia hạn được; đề nghị gia hạn gửi trực tiếp cơ quan đó");
        }
        if (!o.role().carriesOut()) {
            throw ApiException.unprocessable("informed-only", unit(unitCode)
                    + " nhận văn bản để biết, không có hạn báo cáo để gia hạn");
        }
        if (!isOpen(o)) {
            throw ApiException.conflict("obligation-ended", "Nhiệm vụ của " + unit(unitCode) + " đã kết thúc ("
                    + (o.closedAt() != null ? "đã đóng" : o.status().label().toLowerCase(Locale.ROOT))
                    + "), không còn hạn để gia hạn");
        }
        if (requests.open(directiveId, unitCode).isPresent()) {
            throw alreadyOpen(unitCode);
        }
        LocalDate date = SubmittedVariables.date(Var.NEW_DEADLINE, newDeadline);
        if (date == null) {
            throw ApiException.badRequest("missing-field", "Chưa nhập " + FieldLabels.field(Var.NEW_DEADLINE) + " (YYYY-MM-DD)");
        }
        if (date.getYear() < Limits.FIRST_YEAR || date.getYear() > Limits.LAST_YEAR) {
            throw ApiException.unprocessable("date-out-of-range", FieldLabels.field(Var.NEW_DEADLINE) + " "
                    + FieldLabels.day(date) + " ngoài các năm " + Limits.FIRST_YEAR + "–" + Limits.LAST_YEAR);
        }
        if (!date.isAfter(o.reportDeadline())) {
            throw ApiException.unprocessable("deadline-not-later", FieldLabels.field(Var.NEW_DEADLINE) + " "
                    + FieldLabels.day(date) + " không sau hạn báo cáo hiện tại của đơn vị (" + FieldLabels.day(o.reportDeadline()) + ")");
        }
        if (reason != null && !(reason instanceof String)) {
            throw ApiException.badRequest("invalid-field", FieldLabels.field(ExtensionProcess.Var.REASON) + " phải là văn bản (String)");
        }
        String text = reason == null ? "" : ((String) reason).trim();
        if (text.isEmpty()) {
            throw ApiException.unprocessable("missing-reason", "Chưa nhập " + FieldLabels.field(ExtensionProcess.Var.REASON)
                    + " xin gia hạn");
        }
        if (text.length() > Limits.REFUSAL_REASON) {
            throw ApiException.unprocessable("value-too-long", FieldLabels.field(ExtensionProcess.Var.REASON) + " dài "
                    + FieldLabels.thousands(text.length()) + " ký tự; chỉ lưu được tối đa "
                    + FieldLabels.thousands(Limits.REFUSAL_REASON) + " ký tự");
        }
        return new Checked(o, date, text);
    }

    /** The unit's obligation under the directive; 404 when the directive did not reach it. */
    public Obligation obligation(String directiveId, String unitCode) {
        return obligations.find(directiveId, unitCode).orElseThrow(() -> ApiException.notFound("unknown-unit",
                "Đơn vị mã '" + unitCode + "' không nhận văn bản này"));
    }

    /**
     * The start form's document: among the open obligations of the units the user leads, the one whose received
     * document carries {@code documentNumber} as the task list shows it ({@code taskDocument}, e.g. 215/UBND-VX).
     *
     * @throws ApiException 400 without a number, 422 when none or several match
     */
    public Obligation byDocument(Collection<String> unitCodes, Object documentNumber) {
        String wanted = documentNumber == null ? "" : fold(String.valueOf(documentNumber));
        if (wanted.isEmpty()) {
            throw ApiException.badRequest("missing-variable", "Chưa nhập " + FieldLabels.field(ExtensionProcess.Var.DOCUMENT_NUMBER)
                    + ", ví dụ 215/UBND-VX");
        }
        List<Obligation> found = new ArrayList<>();
        for (String unit : unitCodes) {
            List<String> ids = jdbc.queryForList("select directive_id from directive_unit where unit_code = ? "
                    + "and process_instance_id is not null and closed_at is null and status in (?, ?, ?, ?)", String.class,
                    unit, UnitStatus.RECEIVED.code(), UnitStatus.ACKNOWLEDGED.code(), UnitStatus.ASSIGNED.code(),
                    UnitStatus.IN_PROGRESS.code());
            for (String id : ids) {
                Obligation o = obligations.find(id, unit).orElseThrow();
                Object number = engine.withoutAuthorization(() -> runtimeService.createProcessInstanceQuery()
                        .processInstanceId(o.processInstanceId()).count() == 0 ? null
                        : Display.of(name -> runtimeService.getVariable(o.processInstanceId(), name)).receivedNumber());
                if (number != null && fold(String.valueOf(number)).equals(wanted)) {
                    found.add(o);
                }
            }
        }
        if (found.isEmpty()) {
            throw ApiException.unprocessable("unknown-document", FieldLabels.field(ExtensionProcess.Var.DOCUMENT_NUMBER)
                    + " '" + documentNumber + "': đơn vị không có văn bản số này đang xử lý");
        }
        if (found.size() > 1) {
            throw ApiException.unprocessable("ambiguous-document", FieldLabels.field(ExtensionProcess.Var.DOCUMENT_NUMBER)
                    + " '" + documentNumber + "' trùng với " + found.size() + " văn bản đang xử lý; xin gia hạn qua "
                    + "POST /api/directives/{id}/units/{code}/extension-requests");
        }
        return found.get(0);
    }

    static ApiException alreadyOpen(String unitCode) {
        return ApiException.conflict("extension-request-open", "Đơn vị mã '" + unitCode
                + "' đã có một đề nghị gia hạn đang chờ xét; chờ kết quả rồi mới đề nghị tiếp");
    }

    private String unit(String code) {
        return units.find(code).map(Unit::name).map(n -> n + " (" + code + ")").orElse(code);
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
