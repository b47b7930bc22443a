package vn.directive.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;

/**
 * Plays one directive down a tree of units through the real model and services, doing what clerks,
 * leaders and officers would do as fast as the engine lets them: acknowledge, assign every
 * administrative subordinate as CHU_TRI, issue the implementing document, report. Tasks are found by
 * the engine's task query and completed from a few worker threads; the job executor runs the model's
 * async continuations. Shared by {@code NationalWave} (the benchmark) and the small-tree wave test.
 */
public final class Wave {

    private static final Set<UnitKind> ADMINISTRATIVE = EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE);
    private static final List<String> FAN_OUT_TASKS = List.of(CascadeProcess.USER_ACKNOWLEDGE, CascadeProcess.USER_ASSIGN,
            CascadeProcess.USER_ISSUE_DOCUMENT);
    private static final List<String> ROLL_UP_TASKS = List.of(CascadeProcess.USER_REPORT);
    /** Tasks fetched per poll; the next poll waits until most of them are done, so it sees new ones. */
    private static final int PAGE = 400;
    /** How long the driver waits for the job executor when no task is open: a poll interval, not a sleep for time. */
    private static final long POLL_MILLIS = 10;

    /**
     * The units a wave reaches: the root and, under every unit, the administrative children its leader
     * assigns (agencies are left out). {@code leaves} are the units that assign nobody and report at once.
     */
    public record Tree(String root, Map<String, List<String>> assigned, Set<String> units, Set<String> leaves) {

        public static Tree of(UnitRegistry registry, String root, int provinceLimit) {
            Map<String, List<String>> assigned = new LinkedHashMap<>();
            Set<String> units = new HashSet<>();
            Set<String> leaves = new HashSet<>();
            List<String> pending = new ArrayList<>(List.of(root));
            for (int i = 0; i < pending.size(); i++) {
                String code = pending.get(i);
                units.add(code);
                List<String> children = registry.children(code).stream()
                        .filter(u -> ADMINISTRATIVE.contains(u.kind()))
                        .sorted(Comparator.comparing(Unit::code)).map(Unit::code).toList();
                if (i == 0 && provinceLimit > 0 && children.size() > provinceLimit) {
                    children = children.subList(0, provinceLimit);
                }
                if (registry.hasChildren(code)) {
                    assigned.put(code, children);
                }
                if (children.isEmpty()) {
                    leaves.add(code);
                }
                pending.addAll(children);
            }
            return new Tree(root, assigned, units, leaves);
        }

        public int size() {
            return units.size();
        }

        public long count(UnitRegistry registry, UnitKind kind) {
            return units.stream().filter(c -> registry.get(c).kind() == kind).count();
        }
    }

    /** One timed phase: its seconds and, for the fan-out, when each acknowledgement was made (ns after the start). */
    public record Phase(double seconds, long[] acknowledgedAtNanos) {

        public double unitsPerSecond(int units) {
            return units / seconds;
        }
    }

    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final DirectiveService directives;
    private final Obligations obligations;
    private final Deadlines deadlines;
    private final Tree tree;
    private final int threads;
    private Registration registration;
    private LocalDate reportDeadline;

    public Wave(ApplicationContext context, Tree tree, int threads) {
        this.tasks = context.getBean(TaskService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.directives = context.getBean(DirectiveService.class);
        this.obligations = context.getBean(Obligations.class);
        this.deadlines = context.getBean(Deadlines.class);
        this.tree = tree;
        this.threads = threads;
    }

    public Tree tree() {
        return tree;
    }

    public Registration registration() {
        return registration;
    }

    /** Registers the directive at the root and acknowledges it there: the wave is ready for the national assignment. */
    public Registration start(DirectiveDraft draft) {
        reportDeadline = deadlines.today().plusDays(30);
        registration = directives.register(draft, tree.root(), reportDeadline, null);
        Task ack = tasks.createTaskQuery().processInstanceId(registration.processInstanceId())
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE).singleResult();
        complete(ack, null);
        return registration;
    }

    /** From the root's assignment until every unit has acknowledged and every leaf holds its report task. */
    public Phase fanOut(Duration timeout) {
        Collection<Long> acknowledged = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        drive(FAN_OUT_TASKS, () -> acknowledgedUnits() == tree.size() && openReports() == tree.leaves().size(),
                timeout, acknowledged, start);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(seconds, acknowledged.stream().mapToLong(t -> t - start).sorted().toArray());
    }

    /** From the first leaf report until the reports have been carried up to the root (status 06 there). */
    public Phase rollUp(Duration timeout) {
        long start = System.nanoTime();
        drive(ROLL_UP_TASKS, () -> rootStatus() == UnitStatus.REPORTED, timeout, null, start);
        return new Phase((System.nanoTime() - start) / 1e9, new long[0]);
    }

    public long acknowledgedUnits() {
        Long n = jdbc.queryForObject("select count(*) from directive_unit where directive_id = ? and acknowledged_at is not null",
                Long.class, registration.id());
        return n == null ? 0 : n;
    }

    public long openReports() {
        return tasks.createTaskQuery().processInstanceBusinessKey(registration.businessKey())
                .taskDefinitionKey(CascadeProcess.USER_REPORT).count();
    }

    public UnitStatus rootStatus() {
        return obligations.find(registration.id(), tree.root()).orElseThrow().status();
    }

    private void drive(List<String> keys, BooleanSupplier done, Duration timeout, Collection<Long> acknowledged, long start) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<String> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long giveUp = start + timeout.toNanos();
        try {
            while (true) {
                List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(registration.businessKey())
                        .taskDefinitionKeyIn(keys.toArray(String[]::new)).listPage(0, PAGE);
                int submitted = 0;
                for (Task task : open) {
                    if (taken.add(task.getId())) {
                        inFlight.incrementAndGet();
                        submitted++;
                        pool.execute(() -> {
                            try {
                                complete(task, acknowledged);
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            } finally {
                                inFlight.decrementAndGet();
                            }
                        });
                    }
                }
                if (failure.get() != null) {
                    throw new IllegalStateException("a task of the wave could not be completed", failure.get());
                }
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("the wave did not get through " + keys + " in " + timeout
                            + ": " + acknowledgedUnits() + " of " + tree.size() + " units acknowledged, "
                            + openReports() + " report tasks open, root status " + rootStatus());
                }
                if (submitted == 0 && inFlight.get() == 0 && done.getAsBoolean()) {
                    return;
                }
                // wait for the workers to drain most of the page, or for the job executor to create new tasks
                while (inFlight.get() > (submitted == 0 ? 0 : PAGE / 4) && failure.get() == null) {
                    Thread.onSpinWait();
                    TimeUnit.MILLISECONDS.sleep(1);
                }
                if (submitted == 0) {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void complete(Task task, Collection<Long> acknowledged) {
        switch (task.getTaskDefinitionKey()) {
            case CascadeProcess.USER_ACKNOWLEDGE -> {
                tasks.complete(task.getId(), Map.of(Var.ACCEPTED, true));
                if (acknowledged != null) {
                    acknowledged.add(System.nanoTime());
                }
            }
            case CascadeProcess.USER_ASSIGN -> {
                String unit = (String) tasks.getVariable(task.getId(), Var.UNIT_CODE);
                tasks.complete(task.getId(), Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(assignments(unit)).create()));
            }
            case CascadeProcess.USER_ISSUE_DOCUMENT -> tasks.complete(task.getId(), Map.of(
                    Var.IMPLEMENTING_NUMBER, "15/UBND-VX", Var.IMPLEMENTING_DATE, deadlines.today().toString()));
            case CascadeProcess.USER_REPORT -> tasks.complete(task.getId(),
                    Map.of(Var.REPORT_SUMMARY, "Đã triển khai đến toàn bộ đơn vị trực thuộc"));
            default -> throw new IllegalStateException("the wave does not expect task " + task.getTaskDefinitionKey());
        }
    }

    /** Every administrative subordinate of the tree carries the directive out, with the directive's own deadline. */
    private String assignments(String unit) {
        StringBuilder json = new StringBuilder("[");
        for (String child : tree.assigned().getOrDefault(unit, List.of())) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"unitCode\":\"").append(child).append("\",\"role\":\"CHU_TRI\",")
                    .append("\"task\":\"Triển khai trên địa bàn\",\"reportDeadline\":\"").append(reportDeadline).append("\"}");
        }
        return json.append(']').toString();
    }
}
