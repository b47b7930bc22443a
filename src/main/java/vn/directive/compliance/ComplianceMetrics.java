package vn.directive.compliance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;
import vn.directive.compliance.ComplianceQueries.Totals;
import vn.directive.engine.Engine;
import vn.directive.unit.UnitKind;

/**
 * Prometheus gauges for supervisors: open acknowledgements, open reports, overdue units by level,
 * reminders sent, and the engine's own figures (open incidents, jobs, started instances). One snapshot
 * of a few cheap queries serves every gauge of a scrape and is kept for {@link #MAX_AGE}, so neither
 * a scrape nor a second Prometheus server adds load per gauge.
 */
@Component
class ComplianceMetrics {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** What the gauges read, all taken at the same moment. */
    record Snapshot(Totals totals, long openIncidents, long jobsSucceeded, long jobsFailed,
                    long activityInstancesStarted, long rootInstancesStarted, long takenAtNanos) {
    }

    private final ComplianceQueries queries;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Engine engine;
    private Snapshot snapshot;

    ComplianceMetrics(ComplianceQueries queries, ManagementService managementService, RuntimeService runtimeService,
                      Engine engine, MeterRegistry registry) {
        this.queries = queries;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.engine = engine;
        gauge(registry, "directive.acknowledgements.open", "Obligations received (01) and not yet acknowledged",
                s -> s.totals().openAcknowledgements());
        gauge(registry, "directive.reports.open", "Obligations acknowledged (03-05) whose report is not in yet",
                s -> s.totals().openReports());
        for (UnitKind kind : UnitKind.values()) {
            Gauge.builder("directive.units.overdue", this, m -> m.current().totals().overdueByKind().get(kind))
                    .description("Units not done past their deadline, closed obligations included")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        gauge(registry, "directive.reminders.sent", "Reminders sent, by the report timer or by the assigner",
                s -> s.totals().remindersSent());
        gauge(registry, "camunda.incidents.open", "Open incidents: failed jobs a supervisor should look at in Cockpit",
                Snapshot::openIncidents);
        gauge(registry, "camunda.jobs.succeeded", "Jobs executed successfully (engine metric job-successful)",
                Snapshot::jobsSucceeded);
        gauge(registry, "camunda.jobs.failed", "Job executions that failed (engine metric job-failed)",
                Snapshot::jobsFailed);
        gauge(registry, "camunda.activity.instances.started", "Activity instances started (engine metric)",
                Snapshot::activityInstancesStarted);
        gauge(registry, "camunda.process.instances.started", "Root process instances started (engine metric)",
                Snapshot::rootInstancesStarted);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.current())).description(description).register(registry);
    }

    synchronized Snapshot current() {
        if (snapshot == null || System.nanoTime() - snapshot.takenAtNanos() > MAX_AGE.toNanos()) {
            snapshot = take();
        }
        return snapshot;
    }

    /** The scraper's own authorizations must not hide anything from the figures. */
    private Snapshot take() {
        return engine.withoutAuthorization(() -> new Snapshot(queries.totals(),
                runtimeService.createIncidentQuery().count(),
                engineMetric(Metrics.JOB_SUCCESSFUL), engineMetric(Metrics.JOB_FAILED),
                engineMetric(Metrics.ACTIVTY_INSTANCE_START), engineMetric(Metrics.ROOT_PROCESS_INSTANCE_START),
                System.nanoTime()));
    }

    private long engineMetric(String name) {
        return managementService.createMetricsQuery().name(name).sum();
    }
}
