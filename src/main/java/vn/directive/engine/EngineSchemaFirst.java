package vn.directive.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's Flyway migrations run after the process engine has created or updated its ACT_*
 * tables, so that a migration may add indexes to them (V3__performance_indexes.sql).
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaFirst {

    @Bean
    static BeanFactoryPostProcessor flywayAfterProcessEngine() {
        return beanFactory -> {
            String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
            for (String flyway : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(flyway);
                String[] before = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(before), Arrays.stream(engines)).distinct()
                        .toArray(String[]::new));
            }
        };
    }
}
