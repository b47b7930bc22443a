package vn.directive.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The REST API and the webapps find their engine in Camunda's static {@link ProcessEngines} registry,
 * by the name "default". Spring keeps several test contexts alive in one JVM, each with its own engine
 * of that name, and the registry holds whichever started last: /engine-rest would then answer from
 * another test's database. Before each test, the engine of the test's own context is made the default
 * again. (Production has a single engine.) Registered in META-INF/spring.factories for every test.
 */
public class ContextEngineIsTheDefault implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
