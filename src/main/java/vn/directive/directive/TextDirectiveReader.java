package vn.directive.directive;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directive.calendar.WorkingDayCalendar;
import vn.directive.directive.parse.DirectiveTextParser;
import vn.directive.directive.parse.UnitDirectory;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.Limits;

/**
 * The application's {@link DirectiveReader}: the plain parser with the Vietnamese working-day calendar and
 * the unit registry; refuses what is not a directive's text with 422 and an over-long text with 413.
 */
@Component
class TextDirectiveReader implements DirectiveReader {

    /** 2 MB of UTF-8: far above any directive, low enough that nobody can make the server read a book. */
    static final int MAX_BYTES = Limits.TEXT_BYTES;

    private final DirectiveTextParser parser;
    private final UnitRegistry units;

    TextDirectiveReader(WorkingDayCalendar calendar, UnitRegistry units) {
        this.parser = new DirectiveTextParser(calendar::addWorkingDays, new UnitDirectory() {
            @Override
            public Optional<Unit> find(String code) {
                return units.find(code);
            }

            @Override
            public List<Unit> children(String code) {
                return units.children(code);
            }
        });
        this.units = units;
    }

    @Override
    public DirectiveDraft read(String text, String issuerUnitCode) {
        if (issuerUnitCode != null && !issuerUnitCode.isBlank()) {
            units.get(issuerUnitCode.trim());
        }
        if (text == null || text.isBlank()) {
            throw ApiException.unprocessable("empty-text", "Văn bản trống: hãy dán toàn văn văn bản chỉ đạo");
        }
        if (text.length() > MAX_BYTES / 3 && Limits.utf8Length(text) > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "text-too-large", "Văn bản dài quá 2 MB");
        }
        if (binary(text)) {
            throw ApiException.unprocessable("binary-text", "Nội dung có ký tự điều khiển: đây là dữ liệu nhị phân, không phải văn bản");
        }
        return parser.parse(text, issuerUnitCode == null || issuerUnitCode.isBlank() ? null : issuerUnitCode.trim())
                .orElseThrow(() -> ApiException.unprocessable("no-directive",
                        "Không tìm thấy văn bản chỉ đạo trong nội dung: không có số (Số: …), trích yếu (V/v …), nơi gửi (Kính gửi) hay câu ban hành"));
    }

    @Override
    public List<String> resolve(String issuerUnitCode, List<String> names) {
        return parser.resolve(issuerUnitCode, names);
    }

    /** NUL and the other C0 controls never occur in text; tabs, line and form feeds do. */
    static boolean binary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }
}
