package vn.directive.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.ExtensionProcess;

/**
 * The Tasklist filters from the first start, by role: clerks see acknowledgement and issuing, leaders
 * assignment and overdue handling, officers reporting; everybody sees overdue work and all of the unit's
 * work. They select by task kind only: Camunda authorizations already limit each user to the tasks of
 * their own unit's groups.
 */
@Component
class TasklistFilters implements SmartInitializingSingleton {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final TransactionTemplate tx;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                    TransactionTemplate tx) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> {
            // each role's own work first: Tasklist opens the first filter a user may read
            ensure("Văn bản chờ tiếp nhận", -10, "Văn bản đến đơn vị và văn bản điều chỉnh, chờ văn thư tiếp nhận",
                    taskService.createTaskQuery().taskDefinitionKeyIn(CascadeProcess.USER_ACKNOWLEDGE,
                            CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT), RoleGroups.CLERKS);
            ensure("Chờ ban hành văn bản", -9, "Lãnh đạo đã phân công, chờ văn thư ghi số văn bản triển khai",
                    taskService.createTaskQuery().taskDefinitionKey("user_issue_document"), RoleGroups.CLERKS);
            ensure("Báo cáo gửi đến (b/c)", -8, "Báo cáo của đơn vị khác gửi đơn vị mình (nơi nhận b/c), chờ văn thư nhận",
                    taskService.createTaskQuery().taskDefinitionKey("user_receive_report"), RoleGroups.CLERKS);
            ensure("Chờ phân công", -10, "Văn bản đã tiếp nhận, chờ lãnh đạo phân công",
                    taskService.createTaskQuery().taskDefinitionKey("user_assign"), RoleGroups.LEADERS);
            ensure("Xử lý chậm trễ", -9, "Đơn vị cấp dưới quá hạn, chờ lãnh đạo đôn đốc, gia hạn hoặc đóng",
                    taskService.createTaskQuery().taskDefinitionKey("user_handle_overdue"), RoleGroups.LEADERS);
            ensure("Đề nghị gia hạn", -8, "Đề nghị gia hạn của đơn vị cấp dưới chờ xét, và kết quả xét đề nghị của đơn vị mình",
                    taskService.createTaskQuery().taskDefinitionKeyIn(ExtensionProcess.USER_DECIDE_EXTENSION,
                            ExtensionProcess.USER_RECEIVE_ANSWER), RoleGroups.LEADERS);
            ensure("Chờ báo cáo", -10, "Nhiệm vụ đang thực hiện, chờ chuyên viên báo cáo kết quả",
                    taskService.createTaskQuery().taskDefinitionKey("user_report"), RoleGroups.OFFICERS);
            ensure("Quá hạn", -5, "Việc của đơn vị đã quá hạn",
                    taskService.createTaskQuery().dueBeforeExpression("${now()}"), null);
            ensure("Tất cả việc của đơn vị", 0, "Mọi việc của đơn vị bạn", taskService.createTaskQuery(), null);
        });
    }

    /**
     * Creates the filter, or brings an existing one of that name up to date (its query, its task-list
     * columns and who may read it), so a database from an earlier version gets the same filters.
     * @param roleGroup the role group that may read it, or null for everybody
     */
    private void ensure(String name, int priority, String description, TaskQuery query, String roleGroup) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        // the task list's line: which document, about what, for which unit, due when (task-local variables
        // set by the cascade on every task, since users may read their tasks but not the process instances)
        properties.put("variables", List.of(
                Map.of("name", "taskDocument", "label", "Số văn bản"),
                Map.of("name", "taskUnit", "label", "Đơn vị"),
                Map.of("name", "taskSubject", "label", "Trích yếu"),
                Map.of("name", "taskDue", "label", "Hạn (giờ Việt Nam)")));
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setProperties(properties).setQuery(query.orderByDueDate().asc());
        filterService.saveFilter(filter);
        String id = filter.getId();
        authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(id).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        Authorization read = authorizationService.createNewAuthorization(
                roleGroup == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (roleGroup != null) {
            read.setGroupId(roleGroup);
        }
        read.setResource(Resources.FILTER);
        read.setResourceId(id);
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }
}
