package vn.directive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** An H2 file database given without WRITE_DELAY=0 in its URL still writes each commit at once. */
class H2DurabilityTest {

    @Test
    void aFileDatabaseWritesEveryCommitWhateverItsUrl() {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + Path.of("target", "h2-durability", "db-" + System.nanoTime()).toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        file.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(file);
        assertThat(writeDelay(jdbc)).as("H2's own default").containsOnly("500");
        H2Durability.writeEveryCommit(file);
        // the open database's setting, and the one H2 stores with it
        assertThat(writeDelay(jdbc)).containsOnly("0");
        assertThat(setting(jdbc, "RETENTION_TIME")).containsOnly("1000");
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:durability-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(memory);
        java.util.List<String> before = writeDelay(jdbc);
        H2Durability.writeEveryCommit(memory);
        assertThat(writeDelay(jdbc)).isEqualTo(before);
        jdbc.execute("SHUTDOWN");
    }

    private static java.util.List<String> writeDelay(JdbcTemplate jdbc) {
        return setting(jdbc, "WRITE_DELAY");
    }

    private static java.util.List<String> setting(JdbcTemplate jdbc, String name) {
        return jdbc.queryForList("select setting_value from information_schema.settings where setting_name = ?",
                String.class, name);
    }
}
