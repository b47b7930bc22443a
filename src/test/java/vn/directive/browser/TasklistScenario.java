package vn.directive.browser;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directive.cascade.Obligations;
import vn.directive.engine.Engine;

/**
 * A browser scenario in Tasklist: one headless Chromium per test, signed in as each person in turn, the steps it
 * leaves to the engine ({@link EngineSteps}), its screenshots under a prefix of its own, and what the browser showed
 * saved beside them when a step fails.
 */
abstract class TasklistScenario {

    /** A step of the scenario that may throw anything a browser or a file does. */
    interface Scenario {
        void play() throws Exception;
    }

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired Obligations obligations;
    @Autowired Engine engine;

    Tasklist tasklist;
    EngineSteps engineSteps;

    /** The screenshots' file name prefix (and the failure's: {@code <prefix>-failure}). */
    abstract String screenshots();

    @BeforeEach
    void startBrowser() throws Exception {
        tasklist = new Tasklist(Chromium.start(), port, screenshots());
        engineSteps = new EngineSteps(tasks, obligations, engine, tasklist.await());
    }

    @AfterEach
    void stopBrowser() {
        if (tasklist != null) {
            tasklist.browser().quit();
        }
    }

    /** Plays the scenario, saving what the browser showed when it fails. */
    void play(Scenario scenario) throws Exception {
        try {
            scenario.play();
        } catch (RuntimeException | AssertionError e) {
            tasklist.saveFailure(screenshots() + "-failure");
            throw e;
        }
    }
}
