package vn.directive.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.ExtensionProcess;
import vn.directive.directive.RegistrationProcess;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitDataset;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;

/**
 * Creates the administrator, the authorizations every user needs to open Tasklist, and with
 * directive.demo the demo users. Runs before the web server accepts requests, so a user who sees
 * /actuator/health UP can sign in at once.
 */
@Component
public class IdentityInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final IdentityProperties properties;
    private final UnitRegistry units;
    private final TransactionTemplate tx;

    public IdentityInitializer(IdentityService identityService, AuthorizationService authorizationService,
                               IdentityProperties properties, UnitRegistry units, TransactionTemplate tx) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> {
            ensureAdministrator();
            ensureGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // every user may start the registration start form; it checks who registers for which unit
            ensureGlobal(Resources.PROCESS_DEFINITION, RegistrationProcess.KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
            ensureGlobal(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
            // leaders recall documents from Tasklist (document_recall); its start form checks which and whose
            ensureGroupGrant(RoleGroups.LEADERS, Resources.PROCESS_DEFINITION, vn.directive.directive.RecallProcess.KEY,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
            // Tasklist's Diagram tab shows the model with the current step: reading the definition, not its instances
            ensureGlobal(Resources.PROCESS_DEFINITION, CascadeProcess.KEY, Permissions.READ);
            // xin gia hạn: every user reads the model (its tasks' Diagram tab); leaders start it from Tasklist, and
            // its start form checks which unit's leader asks about which document
            ensureGlobal(Resources.PROCESS_DEFINITION, ExtensionProcess.KEY, Permissions.READ);
            ensureGroupGrant(RoleGroups.LEADERS, Resources.PROCESS_DEFINITION, ExtensionProcess.KEY,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
            ensureRoleGroups();
            // supervisors: every leader may open Cockpit and sees there what SupervisorGrants grants per
            // instance (a <code>.supervisors group gets the same access when it is created, SupervisorGroups)
            ensureGroupGrant(RoleGroups.LEADERS, Resources.APPLICATION, SupervisorGroups.COCKPIT, Permissions.ACCESS);
            // the Government Office watches the country: its leaders and supervisors read every instance and
            // its history through the definitions, so its instances need no row of their own
            UnitGroups national = UnitGroups.of(UnitDataset.NATIONAL_RECIPIENT);
            for (String group : List.of(national.leaders(), UnitGroups.supervisors(UnitDataset.NATIONAL_RECIPIENT))) {
                ensureGroupGrant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            }
        });
        if (properties.demo()) {
            long start = System.nanoTime();
            int created = tx.execute(s -> ensureDemoUsers());
            log.info("Demo users: {} created in {} ms (password from DEMO_PASSWORD), e.g. {} for Mường Tè district",
                    created, (System.nanoTime() - start) / 1_000_000, DemoUsers.clerk("107"));
        }
    }

    private void ensureAdministrator() {
        String id = properties.adminUser();
        String password = properties.adminPassword();
        User admin = identityService.createUserQuery().userId(id).singleResult();
        if (admin == null) {
            boolean generated = password == null || password.isBlank();
            if (generated) {
                password = randomPassword();
            }
            admin = identityService.newUser(id);
            admin.setFirstName("Quản trị");
            admin.setLastName("hệ thống");
            admin.setPassword(password);
            identityService.saveUser(admin);
            if (generated) {
                log.warn("Administrator '{}' created with generated password: {}  "
                        + "(shown once; set ADMIN_PASSWORD to choose it)", id, password);
            } else {
                log.info("Administrator '{}' created from ADMIN_USER/ADMIN_PASSWORD", id);
            }
        } else if (password != null && !password.isBlank() && !identityService.checkPassword(id, password)) {
            // the failed check was counted on the stored user (a new revision and a login delay):
            // change that revision, and lift the delay so the new password works at once
            User current = identityService.createUserQuery().userId(id).singleResult();
            current.setPassword(password);
            identityService.saveUser(current);
            identityService.unlockUser(id);
            log.info("Administrator '{}' password updated from ADMIN_PASSWORD", id);
        }
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Quản trị Camunda");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
            for (Resource resource : Resources.values()) {
                Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(all);
            }
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identityService.createMembership(id, Groups.CAMUNDA_ADMIN);
        }
        // who may scrape /actuator/prometheus besides the administrator: members added in Admin
        if (identityService.createGroupQuery().groupId(EngineBasicAuthFilter.MONITORING_GROUP).count() == 0) {
            Group group = identityService.newGroup(EngineBasicAuthFilter.MONITORING_GROUP);
            group.setName("Giám sát (Prometheus)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
    }

    private void ensureGlobal(Resource resource, String resourceId, Permissions... permissions) {
        if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() == 0) {
            Authorization global = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            global.setResource(resource);
            global.setResourceId(resourceId);
            for (Permissions permission : permissions) {
                global.addPermission(permission);
            }
            authorizationService.saveAuthorization(global);
        }
    }

    private void ensureGroupGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() == 0) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            for (Permission permission : permissions) {
                grant.addPermission(permission);
            }
            authorizationService.saveAuthorization(grant);
        }
    }

    private void ensureRoleGroups() {
        for (String[] role : RoleGroups.ALL) {
            if (identityService.createGroupQuery().groupId(role[0]).count() == 0) {
                Group group = identityService.newGroup(role[0]);
                group.setName(role[1]);
                group.setType("ROLE");
                identityService.saveGroup(group);
            }
        }
    }

    /** Every unit of the demo provinces, and the national recipient, gets a clerk, a leader and an officer. */
    private int ensureDemoUsers() {
        List<Unit> demoUnits = new ArrayList<>();
        // the central bodies too: the Government Office receives directives, ministries receive reports (b/c)
        demoUnits.addAll(units.ofKind(vn.directive.unit.UnitKind.CENTRAL));
        for (String province : DemoUsers.DEMO_PROVINCES) {
            demoUnits.addAll(units.subtree(province));
        }
        Set<String> users = new HashSet<>();
        // demo users made before they had addresses get theirs (notifications by e-mail)
        Set<String> withoutEmail = new HashSet<>();
        identityService.createUserQuery().list().forEach(u -> {
            users.add(u.getId());
            if (u.getEmail() == null || u.getEmail().isBlank()) {
                withoutEmail.add(u.getId());
            }
        });
        Set<String> groups = new HashSet<>();
        identityService.createGroupQuery().list().forEach(g -> groups.add(g.getId()));
        // demo users made before the role groups existed join them too
        Set<String> roleMembers = new HashSet<>();
        for (String[] role : RoleGroups.ALL) {
            identityService.createUserQuery().memberOfGroup(role[0]).list()
                    .forEach(u -> roleMembers.add(u.getId() + "/" + role[0]));
        }
        int created = 0;
        for (Unit unit : demoUnits) {
            // no demo supervisor: the group is there for an administrator to add users to
            String supervisors = UnitGroups.supervisors(unit.code());
            if (groups.add(supervisors)) {
                Group group = identityService.newGroup(supervisors);
                group.setName("Giám sát - " + unit.name());
                group.setType("UNIT");
                identityService.saveGroup(group);
            }
            for (String[] person : DemoUsers.of(unit)) {
                String userId = person[0];
                String groupId = person[2];
                if (groups.add(groupId)) {
                    Group group = identityService.newGroup(groupId);
                    group.setName(person[1] + " - " + unit.name());
                    group.setType("UNIT");
                    identityService.saveGroup(group);
                }
                if (users.add(userId)) {
                    User user = identityService.newUser(userId);
                    user.setFirstName(person[1]);
                    user.setLastName(unit.name());
                    user.setPassword(properties.demoPassword());
                    user.setEmail(DemoUsers.email(userId));
                    identityService.saveUser(user);
                    identityService.createMembership(userId, groupId);
                    created++;
                } else if (withoutEmail.remove(userId)) {
                    User user = identityService.createUserQuery().userId(userId).singleResult();
                    user.setEmail(DemoUsers.email(userId));
                    identityService.saveUser(user);
                }
                if (roleMembers.add(userId + "/" + person[3])) {
                    identityService.createMembership(userId, person[3]);
                }
            }
        }
        return created;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
