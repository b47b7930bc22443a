package vn.directive.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LeanHistoryLevel} known to the engine, so {@code camunda.bpm.history-level: lean} resolves.
 *
 * <p>The engine writes its history level into the database on the first start and refuses to start when the
 * configuration names another one. A database this application created before (at {@code activity}, its level
 * until then) is moved to {@code lean} once, before the engine checks, with a line in the log: from then on the
 * engine writes fewer history rows, and the rows already written stay. Any other stored level is left alone, and
 * the engine's own check reports the mismatch.
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LeanHistoryPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        if (custom.stream().noneMatch(level -> level.getId() == LeanHistoryLevel.ID)) {
            custom.add(new LeanHistoryLevel());
        }
        configuration.setCustomHistoryLevels(custom);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel() != null && configuration.getHistoryLevel().getId() == LeanHistoryLevel.ID) {
            moveFromActivity(configuration.getDataSource());
        }
    }

    private static void moveFromActivity(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Integer stored;
            try (PreparedStatement read = c.prepareStatement("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'");
                 ResultSet rs = read.executeQuery()) {
                stored = rs.next() ? Integer.valueOf(rs.getString(1)) : null;
            } catch (SQLException | NumberFormatException noEngineTablesYet) {
                return; // a new database: the engine creates its tables and stores lean itself
            }
            if (stored != null && stored == HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()) {
                try (PreparedStatement move = c.prepareStatement("update ACT_GE_PROPERTY set VALUE_ = ? "
                        + "where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                    move.setString(1, String.valueOf(LeanHistoryLevel.ID));
                    move.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()));
                    if (move.executeUpdate() > 0) {
                        LOG.info("History level of this database moved from activity to lean (README, Lịch sử của engine)");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the engine's history level", e);
        }
    }
}
