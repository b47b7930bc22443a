package vn.directive.platform;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Gives each Spring context a fresh database on the JVM's embedded PostgreSQL, through the variables the
 * {@code postgres} profile reads. Used by {@link PostgresTest}.
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        // without the profile the variables below mean nothing and the test would quietly run on H2
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            throw new IllegalStateException("@PostgresTest needs the 'postgres' profile active; "
                    + "remove the test's own @ActiveProfiles");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "DB_URL", PostgresServer.newDatabase("directive"),
                "DB_USER", PostgresServer.USER,
                "DB_PASSWORD", PostgresServer.PASSWORD)));
        PostgresServer.closeBeforeStop(context);
    }
}
