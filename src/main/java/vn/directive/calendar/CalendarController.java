package vn.directive.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.calendar.WorkingDayCalendar.Holiday;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/** Section 6 of the contract: the working-day calendar over HTTP. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** About 40 years of working days: far beyond any deadline, small enough to stay inside the calendar. */
    static final int MAX_ADD = 10_000;

    private final WorkingDayCalendar calendar;

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record DateView(LocalDate date) {
    }

    record DayView(LocalDate date, boolean workingDay, String reason) {
    }

    @GetMapping("/working-days")
    DateView workingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from, @RequestParam int add) {
        if (add < 0 || add > MAX_ADD) {
            throw ApiException.badRequest("invalid-add",
                    FieldLabels.field("add") + " phải từ 0 đến 10.000, không phải " + add);
        }
        return inCalendar("from", () -> new DateView(calendar.addWorkingDays(from, add)));
    }

    @GetMapping("/holidays")
    List<Holiday> holidays(@RequestParam int year) {
        return inCalendar("year", () -> calendar.holidays(year));
    }

    @GetMapping("/working-day")
    DayView workingDay(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return inCalendar("date", () -> new DayView(date, calendar.isWorkingDay(date), calendar.reason(date)));
    }

    /** The calendar refuses dates outside its years; that is the client's input, so 400 naming the field. */
    private static <T> T inCalendar(String parameter, Supplier<T> answer) {
        try {
            return answer.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("out-of-range", FieldLabels.field(parameter)
                    + ": ngày cần tính nằm ngoài lịch làm việc (các năm " + WorkingDayCalendar.FIRST_YEAR + "–"
                    + WorkingDayCalendar.LAST_YEAR + ")");
        }
    }
}
