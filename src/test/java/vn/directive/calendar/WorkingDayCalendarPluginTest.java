package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarPluginTest {

    private final WorkingDays workingDays = new WorkingDays(VietnameseWorkingDayCalendar.bundled());
    private final WorkingDayCalendarPlugin plugin = new WorkingDayCalendarPlugin(workingDays);

    @Test
    void joinsAnExistingBeansMap() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        Map<Object, Object> beans = new HashMap<>(Map.of("other", "bean"));
        configuration.setBeans(beans);

        plugin.preInit(configuration);

        assertThat(configuration.getBeans()).isSameAs(beans)
                .containsEntry("other", "bean").containsEntry("workingDays", workingDays);
    }

    @Test
    void givesAPlainEngineAMapWithTheCalendar() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

        plugin.preInit(configuration);

        assertThat(configuration.getBeans()).containsExactly(Map.entry("workingDays", workingDays));
    }
}
