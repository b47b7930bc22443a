package vn.directive.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class SecurityConfiguration {

    /**
     * Before every check of a password: HTTP Basic below and the webapps' login. Off only in tests that
     * send wrong passwords from one address on purpose ({@code directive.sign-in-throttle.enabled}).
     */
    @Bean
    @ConditionalOnProperty(name = "directive.sign-in-throttle.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<SignInThrottle> signInThrottle(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(new SignInThrottle(webappPath));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/prometheus", "/actuator/metrics/*",
                "/actuator/metrics", webappPath + "/api/admin/auth/user/*");
        registration.setName("signInThrottle");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

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
