package vn.directive.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.directive.calendar.WorkingDayCalendar.Holiday;

/**
 * A year's days off as the Prime Minister fixed them for civil servants: one CSV file per year,
 * {@code <year>.csv}, with the header {@code date,kind,name} and {@code #} comment lines that cite the
 * decision. {@code kind} is {@code NGHI} (a day off, named) or {@code LAM_BU} (a Saturday or Sunday that is
 * worked to make up a moved day). A file is complete for its year: every day off other than ordinary
 * weekends is listed, including the statutory ones the decision did not move.
 */
record OfficialSchedule(int year, List<Holiday> daysOff, List<Holiday> makeUpDays, String origin) {

    static final String BUNDLED_DIR = "calendar/official/";
    static final String DAY_OFF = "NGHI";
    static final String MAKE_UP = "LAM_BU";

    /** The operator's file in {@code externalDir} if there is one, else the bundled file, else none. */
    static Optional<OfficialSchedule> find(int year, Path externalDir) {
        String fileName = year + ".csv";
        if (externalDir != null) {
            Path file = externalDir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Optional.of(parse(year, reader, file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read official schedule " + file, e);
                }
            }
        }
        InputStream bundled = OfficialSchedule.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + fileName);
        if (bundled == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
            return Optional.of(parse(year, reader, "classpath:" + BUNDLED_DIR + fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read official schedule " + BUNDLED_DIR + fileName, e);
        }
    }

    static OfficialSchedule parse(int year, Reader reader, String origin) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<Holiday> daysOff = new ArrayList<>();
        List<Holiday> makeUpDays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (MappingIterator<Map<String, String>> rows =
                     new CsvMapper().readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (rows.hasNext()) {
                String where = origin + " line " + rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.next();
                LocalDate date = date(row.get("date"), where);
                String kind = row.get("kind") == null ? "" : row.get("kind").trim();
                String name = row.get("name") == null ? "" : row.get("name").trim();
                if (date.getYear() != year) {
                    throw invalid(where, "date " + date + " is not in " + year);
                }
                if (!seen.add(date)) {
                    throw invalid(where, "date " + date + " is listed twice");
                }
                if (name.isEmpty()) {
                    throw invalid(where, "name is empty");
                }
                switch (kind) {
                    case DAY_OFF -> daysOff.add(new Holiday(date, name));
                    case MAKE_UP -> {
                        if (!StatutoryHolidays.isWeekend(date)) {
                            throw invalid(where, "make-up day " + date + " is not a Saturday or Sunday");
                        }
                        makeUpDays.add(new Holiday(date, name));
                    }
                    default -> throw invalid(where, "kind must be " + DAY_OFF + " or " + MAKE_UP + ", not '" + kind + "'");
                }
            }
        } catch (RuntimeJsonMappingException e) {
            throw invalid(origin, e.getMessage());
        }
        daysOff.sort(Comparator.comparing(Holiday::date));
        makeUpDays.sort(Comparator.comparing(Holiday::date));
        return new OfficialSchedule(year, List.copyOf(daysOff), List.copyOf(makeUpDays), origin);
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw invalid(where, "date must be YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Official schedule " + where + ": " + problem);
    }
}
