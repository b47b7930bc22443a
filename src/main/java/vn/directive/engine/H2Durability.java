package vn.directive.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An H2 database in a file writes every commit before the commit returns ({@code SET WRITE_DELAY 0}),
 * whatever URL the operator gave. H2's default keeps about half a second of committed transactions in
 * memory: a {@code kill -9} lost work already answered 2xx (README, Crash safety).
 * <p>
 * With no write delay H2 also stops its background maintenance, and the space of old data it keeps for
 * {@code RETENTION_TIME} (45 s by default) is not compacted: a table of 1 MB rewritten 700 times a second
 * grew the file to 525 MB and more. One second keeps it near 20 MB ({@code SET RETENTION_TIME 1000}).
 * <p>
 * The default URL says both too, which covers a database H2 opens again while the application runs; the
 * settings belong to the open database, so they are set here once the pool's first connection has
 * opened it, before the engine or Flyway write anything. In-memory databases (the tests') are left alone.
 */
@Configuration(proxyBeanMethods = false)
class H2Durability {

    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    @Bean
    static BeanPostProcessor h2WritesEveryCommit() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    writeEveryCommit(dataSource);
                }
                return bean;
            }
        };
    }

    static void writeEveryCommit(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (!"H2".equals(c.getMetaData().getDatabaseProductName()) || url == null || url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
                s.execute("SET RETENTION_TIME 1000");
            }
            log.info("H2 database {}: every commit is written to the file before it returns "
                    + "(WRITE_DELAY 0, RETENTION_TIME 1000)", url);
        } catch (SQLException e) {
            log.warn("Could not set WRITE_DELAY 0 on the H2 database: a kill -9 may lose the last commits", e);
        }
    }
}
