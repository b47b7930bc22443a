package vn.directive.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} against the embedded PostgreSQL of {@link PostgresServer}, with the
 * {@code postgres} profile exactly as production reads it: the profile's {@code DB_URL}, {@code DB_USER}
 * and {@code DB_PASSWORD} point at a fresh database for every Spring context (so Flyway and the engine
 * build their schemas from nothing). The {@code test} profile comes first, for what every test shares
 * (administrator {@code admin}/{@code admin-secret}, jobs executed by the test); {@code postgres} comes
 * last and wins. Don't add another {@code @ActiveProfiles}: it would replace these and the test fails at once.
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;PostgresTest
 * class SomethingIT { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
public @interface PostgresTest {
}
