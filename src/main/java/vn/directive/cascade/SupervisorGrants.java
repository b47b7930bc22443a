package vn.directive.cascade;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.engine.Engine;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitDataset;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;

/**
 * Who sees a unit's process instance in Cockpit: the leaders and the supervisors of that unit and of
 * every unit above it. Called when the instance registers its unit ({@code cascade.receive}); one
 * GRANT READ row on that PROCESS_INSTANCE per group, so a commune's instance (commune, district,
 * province) costs six rows. The Government Office (the national root) is left out: its groups read
 * every instance through one grant on the process definitions ({@link IdentityInitializer}). The engine
 * deletes an instance's rows when the instance ends. At every start, instances that registered their unit
 * before this existed get their rows too ({@link #backfill}).
 */
@Component
public class SupervisorGrants implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SupervisorGrants.class);

    /**
     * Running cascade instances that have registered their unit (directive_unit points at them, written in
     * the same transaction as the grants) and have no PROCESS_INSTANCE row: started before the grants existed.
     * From the running root executions, through their unitCode and directiveId variables to the register's
     * primary key; ACT_RU_AUTHORIZATION is looked up by its resource id index.
     */
    private static final String UNGRANTED = "select e.ID_ as instance_id, vu.TEXT_ as unit_code "
            + "from ACT_RU_EXECUTION e "
            + "join ACT_RU_VARIABLE vu on vu.EXECUTION_ID_ = e.ID_ and vu.NAME_ = '" + Var.UNIT_CODE + "' "
            + "join ACT_RU_VARIABLE vd on vd.EXECUTION_ID_ = e.ID_ and vd.NAME_ = '" + Var.DIRECTIVE_ID + "' "
            + "join directive_unit du on du.directive_id = vd.TEXT_ and du.unit_code = vu.TEXT_ "
            + "and du.process_instance_id = e.ID_ "
            + "where e.PARENT_ID_ is null and not exists (select 1 from ACT_RU_AUTHORIZATION a "
            + "where a.RESOURCE_ID_ = e.ID_ and a.RESOURCE_TYPE_ = ?)";

    private final AuthorizationService authorizationService;
    private final UnitRegistry units;
    private final Engine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SupervisorGrants(AuthorizationService authorizationService, UnitRegistry units, Engine engine,
                            JdbcTemplate jdbc, TransactionTemplate tx) {
        this.authorizationService = authorizationService;
        this.units = units;
        this.engine = engine;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int granted = backfill();
        if (granted > 0) {
            log.info("Supervisors: {} running instances from before the per-instance grants granted in {} ms",
                    granted, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Grants the running instances that have none; the Government Office's, which need none, are passed over. */
    public int backfill() {
        List<String[]> ungranted = jdbc.query(UNGRANTED, (rs, i) -> new String[] {rs.getString("instance_id"),
                rs.getString("unit_code")}, Resources.PROCESS_INSTANCE.resourceType());
        int granted = 0;
        for (String[] instance : ungranted) {
            if (!readersOf(units, instance[1]).isEmpty()) {
                tx.executeWithoutResult(s -> grantInstance(instance[0], instance[1]));
                granted++;
            }
        }
        return granted;
    }

    /** The groups that read an instance of this unit: leaders and supervisors, from the unit up to below the root. */
    public static List<String> readersOf(UnitRegistry units, String unitCode) {
        List<String> groups = new ArrayList<>();
        for (Unit u = units.find(unitCode).orElse(null); u != null; u = units.find(u.parentCode()).orElse(null)) {
            if (u.code().equals(UnitDataset.NATIONAL_RECIPIENT)) {
                break;
            }
            groups.add(UnitGroups.of(u.code()).leaders());
            groups.add(UnitGroups.supervisors(u.code()));
        }
        return groups;
    }

    public void grantInstance(String processInstanceId, String unitCode) {
        List<String> groups = readersOf(units, unitCode);
        if (groups.isEmpty()) {
            return;
        }
        // the step may run inside a clerk's or leader's command, who may not create authorizations themselves
        engine.withoutAuthorization(() -> {
            for (String group : groups) {
                Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.PROCESS_INSTANCE);
                read.setResourceId(processInstanceId);
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
        });
    }
}
