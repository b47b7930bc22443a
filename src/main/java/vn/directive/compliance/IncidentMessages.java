package vn.directive.compliance;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Display;

/**
 * Every incident of a failed job or external task names what a supervisor acts on: the directive's
 * business key and number, the unit, and the subordinate being started when it was the call that
 * failed. The exception's own message follows, so Cockpit's incident list reads, for example,
 * "VB-20260302-4208E989, 88/CĐ-TTg, đơn vị 03387: ...". A job's exception is whatever the service
 * task threw; this makes it findable whatever it says.
 */
@Component
class IncidentMessages extends AbstractProcessEnginePlugin {

    /** ACT_RU_INCIDENT.INCIDENT_MSG_ holds 4000 characters. */
    static final int MAX_MESSAGE = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new NamingIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE));
        handlers.add(new NamingIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE));
        configuration.setCustomIncidentHandlers(handlers);
    }

    static final class NamingIncidentHandler extends DefaultIncidentHandler {

        NamingIncidentHandler(String type) {
            super(type);
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            String named = whereItHappened(context) + (message == null ? "" : message);
            return super.handleIncident(context, named.length() > MAX_MESSAGE ? named.substring(0, MAX_MESSAGE) : named);
        }

        private static String whereItHappened(IncidentContext context) {
            if (context.getExecutionId() == null || Context.getCommandContext() == null) {
                return "";
            }
            ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                    .findExecutionById(context.getExecutionId());
            if (execution == null || execution.getVariable(Var.DIRECTIVE_ID) == null) {
                return "";
            }
            StringBuilder where = new StringBuilder();
            where.append(execution.getProcessBusinessKey());
            Object number = execution.getVariable(Var.DISPLAY) instanceof Display d ? d.directiveNumber() : null;
            if (number != null) {
                where.append(", ").append(number);
            }
            where.append(", đơn vị ").append(execution.getVariable(Var.UNIT_CODE));
            // an instance of the multi-instance call: its subordinate is the list's entry at its loop counter
            Object subordinate = execution.getVariableLocal("loopCounter") instanceof Integer i
                    && execution.getVariable(Var.SUBORDINATES) instanceof List<?> codes && i < codes.size() ? codes.get(i) : null;
            if (subordinate != null) {
                where.append(" (khi chuyển cho đơn vị cấp dưới ").append(subordinate).append(')');
            }
            return where.append(": ").toString();
        }
    }
}
