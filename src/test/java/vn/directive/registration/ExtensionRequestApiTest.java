package vn.directive.registration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ExtensionRequestScenario} on the embedded default database (H2), with the job executor on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "directive.demo=true"})
@ActiveProfiles("test")
class ExtensionRequestApiTest extends ExtensionRequestScenario {
}
