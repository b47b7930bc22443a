package vn.directive.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;
import vn.directive.unit.UnitGroups;

/**
 * A unit's supervisors group ({@code <code>.supervisors}) may open Cockpit from the moment it exists,
 * whoever creates it (the demo users, or an administrator in Camunda Admin → Groups): the engine's
 * default authorizations of a new group get one more row, APPLICATION {@code cockpit} ACCESS for that
 * group. A group created again under an id whose row is still there (Camunda may keep a deleted group's
 * authorizations) gets no second one, which the unique index would refuse.
 */
@Component
class SupervisorGroups extends AbstractProcessEnginePlugin {

    static final String COCKPIT = "cockpit";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newGroup(Group group) {
            AuthorizationEntity[] defaults = super.newGroup(group);
            if (group.getId() == null || UnitGroups.supervisedUnitOf(group.getId()) == null
                    || getGrantAuthorizationByGroupId(group.getId(), Resources.APPLICATION, COCKPIT) != null) {
                return defaults;
            }
            List<AuthorizationEntity> all = new ArrayList<>(defaults == null ? List.of() : Arrays.asList(defaults));
            AuthorizationEntity cockpit = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            cockpit.setGroupId(group.getId());
            cockpit.setResource(Resources.APPLICATION);
            cockpit.setResourceId(COCKPIT);
            cockpit.addPermission(Permissions.ACCESS);
            all.add(cockpit);
            return all.toArray(AuthorizationEntity[]::new);
        }
    }
}
