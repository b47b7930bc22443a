package vn.directive.calendar;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes {@link WorkingDays} resolvable as {@code workingDays} in every expression of the engine.
 *
 * <p>Camunda's Spring expression manager resolves Spring beans by name only when the configuration has no
 * {@code beans} map; once a map is set, expressions see that map and nothing else. So: with a map, the
 * calendar is merged into it; with no map and no expression manager yet (a plain engine), the engine will
 * build its expression manager over a map holding the calendar; with no map and the Spring expression
 * manager (the starter's case) nothing is added, because it already finds the {@code workingDays} Spring
 * bean, and a new map would hide every other bean.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingDays workingDays;

    public WorkingDayCalendarPlugin(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = configuration.getBeans();
        if (beans != null) {
            beans.put(WorkingDays.BEAN_NAME, workingDays);
        } else if (configuration.getExpressionManager() == null) {
            Map<Object, Object> own = new HashMap<>();
            own.put(WorkingDays.BEAN_NAME, workingDays);
            configuration.setBeans(own);
        }
    }
}
