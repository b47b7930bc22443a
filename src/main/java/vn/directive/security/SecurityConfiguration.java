package vn.directive.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class SecurityConfiguration {

    /** The starter leaves /engine-rest open; nothing under these paths is served without credentials. */
    @Bean
    FilterRegistrationBean<EngineBasicAuthFilter> engineBasicAuthFilter(ProcessEngine engine) {
        FilterRegistrationBean<EngineBasicAuthFilter> registration =
                new FilterRegistrationBean<>(new EngineBasicAuthFilter(engine.getIdentityService(), engine.getName()));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", EngineBasicAuthFilter.PAGES + "*", "/actuator/prometheus",
                "/actuator/metrics/*", "/actuator/metrics");
        registration.setName("engineBasicAuthFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
