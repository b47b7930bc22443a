package vn.directive.directive.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.directive.calendar.VietnameseWorkingDayCalendar;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitDataset;

/** The parser as the application builds it: the bundled working-day calendar and the vn-2021 unit dataset. */
public final class Parsers {

    static final UnitDirectory UNITS = directory(UnitDataset.read("vn-2021"));
    static final VietnameseWorkingDayCalendar CALENDAR = VietnameseWorkingDayCalendar.bundled();
    static final DirectiveTextParser PARSER = new DirectiveTextParser(CALENDAR::addWorkingDays, UNITS);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Parsers() {
    }

    /** The units in dataset order, as the application's registry holds them. */
    public static UnitDirectory directory(List<Unit> units) {
        Map<String, Unit> byCode = new HashMap<>();
        Map<String, List<Unit>> children = new HashMap<>();
        for (Unit u : units) {
            byCode.put(u.code(), u);
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        return new UnitDirectory() {
            @Override
            public Optional<Unit> find(String code) {
                return Optional.ofNullable(code == null ? null : byCode.get(code));
            }

            @Override
            public List<Unit> children(String code) {
                return children.getOrDefault(code, List.of());
            }
        };
    }

    public static String resource(String path) {
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
