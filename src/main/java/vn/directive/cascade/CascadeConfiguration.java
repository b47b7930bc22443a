package vn.directive.cascade;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.directive.engine.Engine;

@Configuration
class CascadeConfiguration {

    /** After authentication (EngineBasicAuthFilter), before the engine's REST resources. */
    @Bean
    FilterRegistrationBean<TaskSubmissionFilter> taskSubmissionFilter(TaskService taskService, TaskRules rules,
                                                                      TaskListeners listeners, Engine engine,
                                                                      ObjectMapper json) {
        FilterRegistrationBean<TaskSubmissionFilter> registration =
                new FilterRegistrationBean<>(new TaskSubmissionFilter(taskService, rules, listeners, engine, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("taskSubmissionFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
