package vn.directive.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine API calls that the application has already authorized itself (a registration, a
 * cascade step continuing inside a user's command) without the engine's per-user authorization checks.
 */
@Component
public class Engine {

    private final ProcessEngineConfigurationImpl configuration;

    public Engine(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return current.runWithoutAuthorization(work::get);
        }
        return configuration.getCommandExecutorTxRequired().execute(ctx -> ctx.runWithoutAuthorization(work::get));
    }

    public void withoutAuthorization(Runnable work) {
        withoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
