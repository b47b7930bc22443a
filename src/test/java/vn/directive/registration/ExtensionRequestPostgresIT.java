package vn.directive.registration;

import org.springframework.boot.test.context.SpringBootTest;
import vn.directive.platform.PostgresTest;

/** {@link ExtensionRequestScenario} on the embedded PostgreSQL, with the job executor on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "directive.demo=true"})
@PostgresTest
class ExtensionRequestPostgresIT extends ExtensionRequestScenario {
}
