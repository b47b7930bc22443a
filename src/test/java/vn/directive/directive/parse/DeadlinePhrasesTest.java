package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.Deadline;

class DeadlinePhrasesTest {

    /** Friday 21 January 2022; Tết Nhâm Dần (29/1–6/2/2022) is off. */
    private static final LocalDate ISSUED = LocalDate.of(2022, 1, 21);
    private final DeadlinePhrases phrases = new DeadlinePhrases(ISSUED, 2022, Parsers.CALENDAR::addWorkingDays);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "báo cáo kết quả chậm nhất tới ngày 15/02/2022 |chậm nhất tới ngày 15/02/2022 |2022-02-15",
            "chậm nhất đến ngày 05 tháng 3 năm 2022 |chậm nhất đến ngày 05 tháng 3 năm 2022 |2022-03-05",
            "Chậm nhất tới cuối tháng 12/2021 phải hoàn thành |Chậm nhất tới cuối tháng 12/2021 |2021-12-31",
            "chậm nhất vào cuối tháng 02/2024 |chậm nhất vào cuối tháng 02/2024 |2024-02-29",
            "gửi Sở Y tế trước ngày 25/01 để tổng hợp |trước ngày 25/01 |2022-01-25",
            "trước ngày 10/3/2023 |trước ngày 10/3/2023 |2023-03-10",
            "hoàn thành trong tháng 4/2022 |trong tháng 4/2022 |2022-04-30",
            "báo cáo ngay trong ngày |ngay trong ngày |2022-01-21",
            "trong 10 ngày kể từ ngày ký |trong 10 ngày |2022-01-31",
            "trong 5 ngày làm việc |trong 5 ngày làm việc |2022-01-28",
            "trong 6 ngày làm việc, kể cả Tết |trong 6 ngày làm việc |2022-02-07"})
    void readsThePhraseAndItsDate(String text, String phrase, LocalDate date) {
        assertThat(phrases.in(text)).containsExactly(new Deadline(date, phrase.strip()));
    }

    @Test
    void workingDaysFromADayOffStartWithTheFirstWorkingDayAfterIt() {
        // a telegram signed on Saturday 29 January 2022, the first day of the Tết break (29/1–6/2)
        DeadlinePhrases saturday = new DeadlinePhrases(LocalDate.of(2022, 1, 29), 2022, Parsers.CALENDAR::addWorkingDays);
        assertThat(saturday.in("báo cáo trong 1 ngày làm việc")).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2022, 2, 7));
        assertThat(saturday.in("báo cáo trong 3 ngày làm việc")).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2022, 2, 9));
    }

    @Test
    void aDateTheTextDoesNotFixIsNull() {
        DeadlinePhrases undated = new DeadlinePhrases(null, null, Parsers.CALENDAR::addWorkingDays);
        assertThat(undated.in("trong 5 ngày làm việc; ngay trong ngày; trước ngày 25/01; chậm nhất tới ngày 31/02/2022"))
                .extracting(Deadline::date).containsOnlyNulls().hasSize(4);
    }

    @Test
    void eachTaskKeepsTheDeadlineWrittenInIt() {
        String text = """
                Số: 12/UBND-VX
                Lai Châu, ngày 21 tháng 01 năm 2022
                V/v báo cáo tiêm chủng
                Kính gửi: Sở Y tế; UBND các huyện, thành phố.
                1. Sở Y tế tổng hợp, báo cáo UBND tỉnh chậm nhất tới ngày 15/02/2022.
                2. UBND các huyện, thành phố rà soát số người chưa tiêm, gửi Sở Y tế trong 5 ngày làm việc.
                3. Công an tỉnh phối hợp thực hiện.
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, "12").orElseThrow();
        assertThat(draft.assignments()).extracting(DirectiveDraft.Assignment::deadline)
                .containsExactly(LocalDate.of(2022, 2, 15), LocalDate.of(2022, 1, 28), null);
        assertThat(draft.deadlines()).extracting(Deadline::phrase)
                .containsExactly("chậm nhất tới ngày 15/02/2022", "trong 5 ngày làm việc");
        assertThat(draft.assignments().get(2).unitCodes()).isEqualTo(List.of("12-CA"));
    }
}
