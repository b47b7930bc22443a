package vn.directive.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.UnitStatus;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;

/**
 * The compliance figures, computed by the database: counts are aggregated in SQL and a unit's subtree
 * is selected through the indexed province_code / district_code columns of the unit table, so a
 * cascade of 10,000 units or a province's year of directives is never walked in Java.
 */
@Repository
public class ComplianceQueries {

    /** One unit's obligation under one directive, with its category. */
    public record UnitCompliance(String directiveId, String businessKey, String unitCode, String unitName,
                                 String parentCode, UnitKind kind, String role, String status, String statusName,
                                 Timestamp ackDue, Timestamp acknowledgedAt, LocalDate reportDeadline,
                                 Timestamp reportedAt, Timestamp closedAt, int reminders, Category category,
                                 String categoryName, boolean overdue, String processInstanceId,
                                 String receivedNumber, LocalDate receivedOn, String receivedFrom,
                                 String reportSummary, String refusalReason) {
    }

    /**
     * Which obligations a report covers: one directive, or every directive within one unit's subtree.
     * {@code from} joins directive_unit (du) and unit (u) in the order that lets the database start
     * from the selective side: a directive's rows by primary key, or a subtree's units by index.
     */
    record Scope(String from, String condition, MapSqlParameterSource parameters) {

        static Scope directive(String directiveId) {
            // left join: a row stays even if its unit left the registry with a dataset change
            return new Scope("directive_unit du left join unit u on u.code = du.unit_code",
                    "du.directive_id = :directiveId", new MapSqlParameterSource("directiveId", directiveId));
        }

        /** One directive's rows within the given units' subtrees: what a reader below its recipient sees of it. */
        static Scope directiveWithin(String directiveId, List<Unit> roots) {
            MapSqlParameterSource p = new MapSqlParameterSource("directiveId", directiveId);
            return new Scope("directive_unit du join unit u on u.code = du.unit_code",
                    "du.directive_id = :directiveId and " + within(roots, p), p);
        }

        /** The unit and everything below it; each kind uses the one indexed column that holds its subtree. */
        static Scope subtree(Unit unit) {
            String condition = switch (unit.kind()) {
                case PROVINCE -> "u.province_code = :unitCode";
                case DISTRICT -> "u.district_code = :unitCode";
                // the Government Office stands above every province
                case CENTRAL -> "(u.code = :unitCode or u.province_code in "
                        + "(select p.code from unit p where p.parent_code = :unitCode))";
                case PROVINCIAL_AGENCY, DISTRICT_AGENCY, COMMUNE -> "u.code = :unitCode";
            };
            return new Scope("unit u join directive_unit du on du.unit_code = u.code", condition,
                    new MapSqlParameterSource("unitCode", unit.code()));
        }
    }

    /**
     * "u lies within one of these units' subtrees", through the indexed code, province_code and
     * district_code columns; a central body's subtree is itself and the provinces under it.
     */
    static String within(List<Unit> roots, MapSqlParameterSource p) {
        List<String> codes = roots.stream().map(Unit::code).toList();
        List<String> provinces = roots.stream().filter(u -> u.kind() == UnitKind.PROVINCE).map(Unit::code).toList();
        List<String> districts = roots.stream().filter(u -> u.kind() == UnitKind.DISTRICT).map(Unit::code).toList();
        List<String> central = roots.stream().filter(u -> u.kind() == UnitKind.CENTRAL).map(Unit::code).toList();
        StringBuilder sql = new StringBuilder("(u.code in (:withinCodes)");
        p.addValue("withinCodes", codes);
        if (!provinces.isEmpty()) {
            sql.append(" or u.province_code in (:withinProvinces)");
            p.addValue("withinProvinces", provinces);
        }
        if (!districts.isEmpty()) {
            sql.append(" or u.district_code in (:withinDistricts)");
            p.addValue("withinDistricts", districts);
        }
        if (!central.isEmpty()) {
            sql.append(" or u.province_code in (select c.code from unit c where c.parent_code in (:withinCentral))");
            p.addValue("withinCentral", central);
        }
        return sql.append(')').toString();
    }

    /**
     * The category of a row, in SQL. Timestamps are stored as the JVM's local wall-clock time, so
     * "reported on or before the deadline day" shifts reported_at to Vietnam's day first ({@link #zoneShift}).
     * The order of the branches is the rule: closed beats everything, then refused, then done (on time or
     * late), then not done (overdue or in progress).
     */
    private static final String CATEGORY = """
            case
              when du.status = '13' then 'RECALLED'
              when du.closed_at is not null then 'OVERDUE'
              when du.status = '02' then 'REFUSED'
              when du.role = 'DE_BIET' and du.status <> '01' then 'INFORMED'
              when du.status = '06' then
                case when cast(du.reported_at + %d * interval '1' second as date) <= du.report_deadline
                     then 'ON_TIME' else 'LATE' end
              when du.overdue then 'OVERDUE'
              when du.status = '01' and du.ack_due < :now then 'OVERDUE'
              when du.role <> 'DE_BIET' and du.report_deadline < :today then 'OVERDUE'
              else 'IN_PROGRESS'
            end""";

    private static final String OPEN_STATUSES = "('01', '03', '04', '05')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Deadlines deadlines;

    public ComplianceQueries(NamedParameterJdbcTemplate jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    Map<Category, Long> counts(Scope scope) {
        String sql = "select c.category, count(*) as n from (select " + category() + " as category "
                + "from " + scope.from() + " where " + scope.condition() + ") c group by c.category";
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0L);
        }
        jdbc.query(sql, clock(scope.parameters()),
                rs -> {
                    counts.put(Category.valueOf(rs.getString("category")), rs.getLong("n"));
                });
        return counts;
    }

    List<UnitCompliance> rows(Scope scope, int offset, int limit) {
        String sql = "select du.directive_id, d.business_key, du.unit_code, u.name, du.parent_code, u.kind, du.role, "
                + "du.status, du.ack_due, du.acknowledged_at, du.report_deadline, du.reported_at, du.closed_at, "
                + "du.reminders, du.process_instance_id, du.report_summary, du.refusal_reason, "
                + category() + " as category, "
                // the document each unit received: its parent's implementing document, the directive at the top
                + "case when du.parent_code is null then d.number else p.implementing_number end as received_number, "
                + "case when du.parent_code is null then d.issued_on else p.implementing_date end as received_on, "
                + "case when du.parent_code is null then d.issuer else pu.name end as received_from "
                + "from " + scope.from() + " join directive d on d.id = du.directive_id "
                + "left join directive_unit p on p.directive_id = du.directive_id and p.unit_code = du.parent_code "
                + "left join unit pu on pu.code = du.parent_code "
                + "where " + scope.condition() + " "
                + "order by d.registered_at desc, du.directive_id, du.received_at, du.unit_code "
                + "offset :offset rows fetch next :limit rows only";
        MapSqlParameterSource parameters = clock(scope.parameters()).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(sql, parameters, ROW);
    }

    /** A directive as the picker of the Cockpit view lists it. */
    public record DirectiveSummary(String id, String businessKey, String number, String subject, String recipientCode,
                                   String recipientName, LocalDate reportDeadline, Timestamp registeredAt,
                                   LocalDate issuedOn, String issuer) {
    }

    /**
     * The newest directives, all of them or those that reached a unit within one of the given units'
     * subtrees (a national directive shows in a province's picker once the province has received it).
     */
    List<DirectiveSummary> directives(List<Unit> roots, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
        String where = "";
        if (roots != null) {
            where = "where d.id in (select du.directive_id from unit u join directive_unit du on du.unit_code = u.code "
                    + "where " + within(roots, p) + ") ";
        }
        return jdbc.query("select d.id, d.business_key, d.number, d.subject, d.recipient_code, r.name, d.report_deadline, "
                        + "d.registered_at, d.issued_on, d.issuer from directive d left join unit r on r.code = d.recipient_code "
                        + where + "order by d.registered_at desc, d.id fetch first :limit rows only", p,
                (rs, i) -> new DirectiveSummary(rs.getString("id"), rs.getString("business_key"), rs.getString("number"),
                        rs.getString("subject"), rs.getString("recipient_code"), rs.getString("name"),
                        rs.getDate("report_deadline").toLocalDate(), rs.getTimestamp("registered_at"),
                        rs.getDate("issued_on") == null ? null : rs.getDate("issued_on").toLocalDate(),
                        rs.getString("issuer")));
    }

    /** Figures across the whole register, for the Prometheus gauges. */
    record Totals(long openAcknowledgements, long openReports, Map<UnitKind, Long> overdueByKind, long remindersSent) {
    }

    Totals totals() {
        MapSqlParameterSource none = clock(new MapSqlParameterSource());
        Long openAcknowledgements = jdbc.queryForObject("select count(*) from directive_unit du "
                + "where du.status = '01' and du.closed_at is null", none, Long.class);
        Long openReports = jdbc.queryForObject("select count(*) from directive_unit du "
                + "where du.status in ('03', '04', '05') and du.role <> 'DE_BIET' and du.closed_at is null", none, Long.class);
        Map<UnitKind, Long> overdue = new EnumMap<>(UnitKind.class);
        for (UnitKind k : UnitKind.values()) {
            overdue.put(k, 0L);
        }
        // only not-yet-finished rows can be overdue: the status index skips the reported ones
        jdbc.query("select u.kind, count(*) as n from directive_unit du join unit u on u.code = du.unit_code "
                        + "where du.status in " + OPEN_STATUSES + " and " + category() + " = 'OVERDUE' group by u.kind",
                none, rs -> {
                    overdue.put(UnitKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        Long reminders = jdbc.queryForObject("select coalesce(sum(du.reminders), 0) from directive_unit du "
                + "where du.reminders > 0", none, Long.class);
        return new Totals(openAcknowledgements, openReports, overdue, reminders);
    }

    private String category() {
        return CATEGORY.formatted(zoneShift());
    }

    /** Seconds from the JVM's local time (how timestamps are stored) to Vietnam's local time. */
    private static int zoneShift() {
        Instant now = Instant.now();
        return WorkingDays.ZONE.getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
    }

    /** "Now" is the engine's clock, so tests move time without sleeping. */
    private MapSqlParameterSource clock(MapSqlParameterSource parameters) {
        MapSqlParameterSource p = new MapSqlParameterSource(parameters.getValues());
        p.addValue("now", new Timestamp(deadlines.now().getTime()));
        p.addValue("today", Date.valueOf(deadlines.today()));
        return p;
    }

    private static final RowMapper<UnitCompliance> ROW = (rs, i) -> {
        UnitStatus status = UnitStatus.ofCode(rs.getString("status"));
        Category category = Category.valueOf(rs.getString("category"));
        Date deadline = rs.getDate("report_deadline");
        String kind = rs.getString("kind");
        return new UnitCompliance(rs.getString("directive_id"), rs.getString("business_key"),
                rs.getString("unit_code"), rs.getString("name") == null ? rs.getString("unit_code") : rs.getString("name"),
                rs.getString("parent_code"), kind == null ? null : UnitKind.valueOf(kind), rs.getString("role"),
                status.code(), status.label(), rs.getTimestamp("ack_due"), rs.getTimestamp("acknowledged_at"),
                deadline == null ? null : deadline.toLocalDate(), rs.getTimestamp("reported_at"),
                rs.getTimestamp("closed_at"), rs.getInt("reminders"), category, category.label(),
                category == Category.OVERDUE, rs.getString("process_instance_id"), rs.getString("received_number"),
                rs.getDate("received_on") == null ? null : rs.getDate("received_on").toLocalDate(),
                rs.getString("received_from"), rs.getString("report_summary"), rs.getString("refusal_reason"));
    };
}
