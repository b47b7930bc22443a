package vn.directive.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
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
 * deletes an instance's rows when the instance ends.
 */
@Component
public class SupervisorGrants {

    private final AuthorizationService authorizationService;
    private final UnitRegistry units;
    private final Engine engine;

    public SupervisorGrants(AuthorizationService authorizationService, UnitRegistry units, Engine engine) {
        this.authorizationService = authorizationService;
        this.units = units;
        this.engine = engine;
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
