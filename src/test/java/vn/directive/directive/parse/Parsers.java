package vn.directive.directive.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.directive.calendar.VietnameseWorkingDayCalendar;
import vn.directive.unit.UnitDataset;

/** The parser as the application builds it: the bundled working-day calendar and the vn-2021 unit dataset. */
final class Parsers {

    static final UnitDirectory UNITS = UnitDirectory.of(UnitDataset.read("vn-2021"));
    static final VietnameseWorkingDayCalendar CALENDAR = VietnameseWorkingDayCalendar.bundled();
    static final DirectiveTextParser PARSER = new DirectiveTextParser(CALENDAR::addWorkingDays, UNITS);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Parsers() {
    }

    static String resource(String path) {
        try (InputStream in = Parsers.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
