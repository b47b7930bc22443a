package vn.directive.platform;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.directive.DirectiveApplication;

/**
 * The application in a JVM of its own, started from this JVM's class path with {@link ProcessBuilder},
 * so a test can kill it for real ({@link #kill()} is SIGKILL: no shutdown hook, no flush, no close)
 * and start it again on the same database. Its log goes to {@code <dir>/app-<n>.log}.
 */
public final class ForkedApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "crash-secret";

    private final Path dir;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Process process;
    private int starts;

    /**
     * @param dir         the working directory: the default H2 database lands in {@code dir/data/}
     * @param environment variables as production sets them (ADMIN_PASSWORD is always set)
     * @param arguments   extra {@code --property=value} arguments
     */
    public ForkedApp(Path dir, Map<String, String> environment, List<String> arguments) {
        this.dir = dir;
        this.environment = environment;
        this.arguments = arguments;
        this.port = freePort();
    }

    /** Starts the JVM and returns at once; {@link #awaitUp(Duration)} waits for health UP. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                DirectiveApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app-" + (++starts) + ".log").toFile());
        builder.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(dir);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void awaitUp(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + ", see " + log());
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        });
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An orderly stop (SIGTERM), as an operator's restart would do. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    public File log() {
        return dir.resolve("app-" + starts + ".log").toFile();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** One call as {@code user} (the administrator's password for "admin", "demo" otherwise). */
    public Response call(String user, String method, String path, String body) throws IOException, InterruptedException {
        String password = user.equals("admin") ? ADMIN_PASSWORD : "demo";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body());
    }

    /** The JSON of a call that must succeed. */
    public JsonNode read(String user, String method, String path, String body) throws IOException, InterruptedException {
        Response r = call(user, method, path, body);
        if (r.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " as " + user + ": " + r.status() + " " + r.body());
        }
        return r.body() == null || r.body().isBlank() ? json.nullNode() : json.readTree(r.body());
    }

    /**
     * A read as the administrator, tried up to three times: on the embedded H2, a read racing the job
     * executor's writes now and then fails with H2's transient "Row … not found in primary index" (a 500).
     */
    public JsonNode adminGet(String path) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Response r = call("admin", "GET", path, null);
            if (r.ok()) {
                return r.body() == null || r.body().isBlank() ? json.nullNode() : json.readTree(r.body());
            }
            if (r.status() < 500 || attempt == 3) {
                throw new AssertionError("GET " + path + " as admin: " + r.status() + " " + r.body());
            }
        }
    }

    public record Response(int status, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
