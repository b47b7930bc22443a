package vn.directive.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.cascade.AssignmentForm;
import vn.directive.cascade.TaskListeners;
import vn.directive.cascade.TaskRules;
import vn.directive.directive.StartFormRegistration;

@Configuration
class SubmissionFilterConfiguration {

    /** After authentication (EngineBasicAuthFilter), before the engine's REST resources. */
    @Bean
    FilterRegistrationBean<SubmissionFilter> submissionFilter(TaskService taskService, RepositoryService repositoryService,
                                                              TaskRules rules, TaskListeners listeners,
                                                              AssignmentForm assignmentForm,
                                                              StartFormRegistration startForm, Engine engine,
                                                              TransactionTemplate tx, ObjectMapper json) {
        FilterRegistrationBean<SubmissionFilter> registration = new FilterRegistrationBean<>(
                new SubmissionFilter(taskService, repositoryService, rules, listeners, assignmentForm, startForm, engine, tx,
                        json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("submissionFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
