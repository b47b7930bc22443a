package vn.directive.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** 503 instead of 500 while the database is out of reach (README, Run several nodes: a database outage). */
@Configuration
class DatabaseUnavailableConfiguration {

    /** Around every other filter of these paths, the sign-in throttle and HTTP Basic included. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setName("databaseUnavailableFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Into the engine's REST application (the starter's Jersey ResourceConfig). */
    @Bean
    ResourceConfigCustomizer engineRestDatabaseUnavailable() {
        return config -> config.register(EngineRestDatabaseUnavailable.EngineFailure.class)
                .register(EngineRestDatabaseUnavailable.RestFailure.class)
                .register(EngineRestDatabaseUnavailable.AnyFailure.class);
    }
}
