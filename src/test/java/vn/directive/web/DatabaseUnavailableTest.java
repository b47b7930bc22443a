package vn.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures seen while PostgreSQL was stopped (DatabaseOutageIT's logs), and some that are not an outage. */
class DatabaseUnavailableTest {

    @Test
    void failuresOfAnUnreachableDatabase() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        SQLTransientConnectionException poolTimeout =
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException("Could not open JDBC Connection",
                poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("no connection", refused))).isTrue();
        assertThat(DatabaseUnavailable.is(new DataAccessResourceFailureException("I/O error"))).isTrue();
        // the server shutting down under a running statement, wrapped by the engine
        assertThat(DatabaseUnavailable.is(new ProcessEngineException("ENGINE-03004",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        // the engine REST's "Cannot complete task …" around a rollback that failed on a closed connection
        assertThat(DatabaseUnavailable.is(new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEnginePersistenceException("An exception occurred in the persistence layer", new TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"))), "Cannot complete task"))).isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseUnavailable.is(new OptimisticLockingException("updated concurrently"))).isFalse();
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.is(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("x", new IllegalStateException("y")))).isFalse();
    }
}
