package vn.directive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole platform on a real PostgreSQL under the {@code postgres} profile: schemas, a directive
 * handled to its end over the public APIs, and the unit registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest
class PostgresPlatformIT {

    @Autowired TestRestTemplate http;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired Flyway flyway;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void runsOnPostgresWithBothSchemas() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
        List<String> engineTables = jdbc.queryForList("select upper(table_name) from information_schema.tables "
                + "where table_schema = current_schema() and upper(table_name) like 'ACT\\_%'", String.class);
        assertThat(engineTables).contains("ACT_RU_TASK", "ACT_RE_PROCDEF", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RU_AUTHORIZATION");

        MigrationInfo[] applied = flyway.info().applied();
        assertThat(flyway.getConfiguration().getTable()).isEqualTo("app_schema_history");
        assertThat(flyway.info().pending()).as("migrations left unapplied").isEmpty();
        assertThat(applied).extracting(m -> m.getState().isFailed()).containsOnly(false);
        assertThat(jdbc.queryForList("select version from app_schema_history where success", String.class))
                .contains("1", "2");
        // PostgreSQL alone: the engine's indexes on columns this application leaves empty hold only the rows with a value
        assertThat(jdbc.queryForObject("select version from app_schema_history where script like 'V46%'", String.class))
                .isEqualTo("46");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'act_idx_var_case_exe'",
                String.class)).endsWith("WHERE (case_execution_id_ IS NOT NULL)");
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexdef like '% WHERE %' "
                + "and upper(tablename) like 'ACT\\_%'", Integer.class)).isEqualTo(33);
        // and the engine's lookups by a parameter still use them, in the generic plan a prepared statement ends up with
        String plan = jdbc.execute((java.sql.Connection c) -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("set plan_cache_mode = force_generic_plan");
                st.execute("set enable_seqscan = off");
                st.execute("prepare by_task(varchar) as select ID_ from ACT_RU_VARIABLE where TASK_ID_ = $1");
                StringBuilder explained = new StringBuilder();
                try (java.sql.ResultSet rs = st.executeQuery("explain execute by_task('x')")) {
                    while (rs.next()) {
                        explained.append(rs.getString(1)).append('\n');
                    }
                }
                st.execute("deallocate by_task");
                st.execute("reset enable_seqscan");
                st.execute("reset plan_cache_mode");
                return explained.toString();
            }
        });
        assertThat(plan).containsPattern("Index (Only )?Scan using act_idx_variable_task");
        // the user grants' unique constraint, now an index over the rows that name a user, still refuses a duplicate
        String grant = "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) "
                + "values (?, 1, 1, 'someone', 5, 'some-filter', 2)";
        jdbc.update(grant, "grant-1");
        assertThatThrownBy(() -> jdbc.update(grant, "grant-2")).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = 'grant-1'");
        // the registry's mirror table, as reports join on it
        assertThat(jdbc.queryForObject("select count(*) from unit where kind = 'COMMUNE'", Integer.class)).isEqualTo(10_599);
    }

    @Test
    void aDirectiveToACommuneIsHandledToItsEnd() {
        String deadline = LocalDate.now().plusDays(30).toString();
        JsonNode registered = api.expect(201, api.as("admin", HttpMethod.POST, "/api/directives",
                Api.registration("17/CĐ-BYT", "03433", deadline)));
        String id = registered.get("id").asText();
        String businessKey = registered.get("businessKey").asText();

        completeAsAdmin(businessKey, "user_acknowledge", "{\"accepted\": {\"value\": true, \"type\": \"Boolean\"}}");
        // a commune has no subordinates: straight from acknowledgement to its report
        completeAsAdmin(businessKey, "user_report",
                "{\"reportSummary\": {\"value\": \"Đã tổ chức tiêm chủng tại thị trấn\", \"type\": \"String\"}}");
        executeDueJobs();

        JsonNode instances = api.expect(200, api.as("admin", HttpMethod.GET,
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey
                        + "&processDefinitionKey=directive_handling", null));
        assertThat(instances).hasSize(1);
        assertThat(instances.get(0).get("state").asText()).isEqualTo("COMPLETED");
        assertThat(api.expect(200, api.as("admin", HttpMethod.GET,
                "/engine-rest/process-instance?businessKey=" + businessKey, null))).as("instances still running").isEmpty();
        assertThat(api.expect(200, api.as("admin", HttpMethod.GET, "/api/directives/" + id, null))
                .get("status").asText()).isEqualTo("06");
    }

    @Test
    void servesTheUnitRegistry() {
        JsonNode laiChau = api.expect(200, api.as("admin", HttpMethod.GET, "/api/units/12", null));
        assertThat(laiChau.get("name").asText()).isEqualTo("Tỉnh Lai Châu");
        assertThat(laiChau.get("kind").asText()).isEqualTo("PROVINCE");
        assertThat(laiChau.get("groups").get("clerks").asText()).isEqualTo("12.clerks");

        JsonNode children = api.expect(200, api.as("admin", HttpMethod.GET, "/api/units/12/children", null));
        List<String> kinds = new ArrayList<>();
        children.forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).filteredOn("DISTRICT"::equals).hasSize(8);
        assertThat(kinds).filteredOn("PROVINCIAL_AGENCY"::equals).hasSize(22);

        assertThat(api.expect(200, api.as("admin", HttpMethod.GET, "/api/units?kind=PROVINCE", null))).hasSize(63);
        assertThat(api.expect(200, api.as("admin", HttpMethod.GET, "/api/units/107/children", null))
                .findValuesAsText("code")).contains("03433").hasSize(14 + 18);
        api.expectError(404, "unknown-unit", api.as("admin", HttpMethod.GET, "/api/units/99999", null));
    }

    private void completeAsAdmin(String businessKey, String taskKey, String variables) {
        executeDueJobs();
        JsonNode tasks = api.expect(200, api.as("admin", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
                + businessKey + "&taskDefinitionKey=" + taskKey, null));
        assertThat(tasks).as("open " + taskKey).hasSize(1);
        api.expect(204, api.as("admin", HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/complete", "{\"variables\": " + variables + "}"));
    }

    /** What the job executor would do (it is off in tests): run every job that is due, over the REST API. */
    private void executeDueJobs() {
        for (int round = 0; round < 100; round++) {
            JsonNode jobs = api.expect(200, api.as("admin", HttpMethod.GET, "/engine-rest/job?executable=true", null));
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> api.expect(204, api.as("admin", HttpMethod.POST,
                    "/engine-rest/job/" + job.get("id").asText() + "/execute", null)));
        }
        throw new AssertionError("jobs keep coming");
    }
}
