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

/**
 * The Tasklist filters every user has from the first start. They select by task kind only: Camunda
 * authorizations already limit each user to the tasks of their own unit's groups.
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
            ensure("Văn bản chờ tiếp nhận", -10, "Văn bản đến đơn vị, chờ văn thư tiếp nhận",
                    taskService.createTaskQuery().taskDefinitionKey("user_acknowledge"));
            ensure("Chờ phân công", -9, "Văn bản đã tiếp nhận, chờ lãnh đạo phân công",
                    taskService.createTaskQuery().taskDefinitionKeyIn("user_assign", "user_issue_document"));
            ensure("Chờ báo cáo", -8, "Nhiệm vụ đang thực hiện, chờ báo cáo kết quả",
                    taskService.createTaskQuery().taskDefinitionKey("user_report"));
            ensure("Quá hạn", -7, "Việc đã quá hạn và việc xử lý chậm trễ của đơn vị cấp dưới",
                    taskService.createTaskQuery().dueBeforeExpression("${now()}"));
            ensure("Tất cả việc của đơn vị", 0, "Mọi việc của đơn vị bạn", taskService.createTaskQuery());
        });
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "directiveNumber", "label", "Số văn bản"),
                Map.of("name", "unitName", "label", "Đơn vị"),
                Map.of("name", "reportDeadline", "label", "Hạn báo cáo")));
        Filter filter = filterService.newTaskFilter(name).setProperties(properties)
                .setQuery(query.orderByDueDate().asc());
        filterService.saveFilter(filter);
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }
}
