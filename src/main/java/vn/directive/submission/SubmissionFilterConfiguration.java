package vn.directive.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.directive.cascade.TaskSubmission;
import vn.directive.engine.Engine;
import vn.directive.registration.ExtensionRequestService;
import vn.directive.registration.StartFormRecall;
import vn.directive.registration.StartFormRegistration;

@Configuration
class SubmissionFilterConfiguration {

    /** After authentication (EngineBasicAuthFilter), before the engine's REST resources. */
    @Bean
    FilterRegistrationBean<SubmissionFilter> submissionFilter(ProcessEngine processEngine, TaskSubmission submission,
                                                              StartFormRegistration startForm,
                                                              ExtensionRequestService extensions, Engine engine,
                                                              ObjectMapper json,
                                                              StartFormRecall recallForm) {
        FilterRegistrationBean<SubmissionFilter> registration = new FilterRegistrationBean<>(
                new SubmissionFilter(processEngine.getTaskService(), processEngine.getRepositoryService(),
                        processEngine.getIdentityService(), processEngine.getAuthorizationService(), submission,
                        startForm, extensions, engine, json, recallForm));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("submissionFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
