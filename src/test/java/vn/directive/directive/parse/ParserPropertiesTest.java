package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import vn.directive.directive.DirectiveDraft;

/** No input makes the parser throw or hang: random text, and the seeds cut, spliced and garbled. */
class ParserPropertiesTest {

    private static final List<String> SEEDS = List.of(Parsers.resource("seeds/000_0ba823da548e48a4.txt"),
            Parsers.resource("seeds/001_c4338ab285b75807.txt"), Parsers.resource("seeds/004_ecdc4a5bdf9be6bc.txt"));
    private static final List<String> ISSUERS = java.util.Arrays.asList(null, "11", "12", "107", "03433", "12-SYT", "VPCP", "unknown");

    @Property(tries = 300)
    void anyStringGivesADraftOrNothing(@ForAll @StringLength(max = 3000) String text, @ForAll("issuers") String issuer) {
        Optional<DirectiveDraft> draft = Parsers.PARSER.parse(text, issuer);
        draft.ifPresent(d -> assertThat(d.assignments()).isNotNull());
    }

    @Property(tries = 300)
    void textMadeOfDirectiveWordsGivesADraftOrNothing(@ForAll("directiveWords") String text, @ForAll("issuers") String issuer) {
        Parsers.PARSER.parse(text, issuer);
    }

    @Property(tries = 300)
    void mutatedSeedsStillParse(@ForAll("mutatedSeeds") String text, @ForAll("issuers") String issuer) {
        Optional<DirectiveDraft> draft = Parsers.PARSER.parse(text, issuer);
        draft.ifPresent(d -> assertThat(d.addressees()).doesNotContainNull());
    }

    @Provide
    Arbitrary<String> issuers() {
        return Arbitraries.of(ISSUERS);
    }

    /** Fragments the patterns look for, in random order: the likeliest way to reach odd corners. */
    @Provide
    Arbitrary<String> directiveWords() {
        return Arbitraries.of("Số: ", "/UBND-VX", "219 /", "-TB/TU", "Kính gửi:", "\n", "\n\n", "- ", "1. ", "4.1. ", "V/v ",
                        "ngày ", "tháng ", "năm 2022", "/2022", "chậm nhất tới ngày ", "trước ngày ", "trong 5 ngày làm việc",
                        "cuối tháng ", "ngay trong ngày", "UBND các huyện, thị xã, thành phố", "Sở Y tế", "TM. ", "KT. ",
                        "CHỦ TỊCH", "Nơi nhận:", "(b/c)", "Thực hiện Công điện số 64/CĐ-TTg", "của ", "./.", "**", "ủy",
                        "UBND tỉnh Lai Châu vừa ban hành Công văn số ", "12", "31", "99", "Lai Châu, ", "giao ", " chủ trì")
                .list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 7000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 400);
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(50);
        return Combinators.combine(seed, where, length, junk, Arbitraries.integers().between(0, 3)).as((s, at, n, insert, kind) -> {
            int from = Math.min(at, s.length());
            int to = Math.min(s.length(), from + n);
            return switch (kind) {
                case 0 -> s.substring(0, from);
                case 1 -> s.substring(0, from) + s.substring(to);
                case 2 -> s.substring(0, from) + insert + s.substring(from);
                default -> s.substring(from) + s.substring(0, from);
            };
        });
    }
}
